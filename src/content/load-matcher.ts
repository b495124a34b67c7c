// The matcher's tables are compiled by the build and embedded: the first page text loads them as
// they are (well under a millisecond), and a frame with no text pays nothing. Before them, text goes
// through the build's prefilter (a trie of how aliases start, and a pattern of its first levels), which
// turns away text no alias can start in.
import aliasStarts from 'backstory:alias-starts';
import matcherTables from 'backstory:matcher-tables';
import { loadMatcher, type Matcher } from '../matcher/index.ts';
import { createPrefilter } from '../matcher/prefilter.ts';

let matcher: Matcher | undefined;
export const sessionMatcher = (): Matcher => (matcher ??= loadMatcher(matcherTables));

/** Made on a frame's first text: a frame with none pays nothing for it. */
let mayHold: ((text: string) => boolean) | undefined;
/** Longer text goes straight to the matcher, which is cut at the slice budget: one prefilter pass over it might not be. */
const prefilteredChars = 1 << 16;
/**
 * Once the matcher has read `warmChars`, it is warm, and quicker alone on a paragraph than the prefilter's joining,
 * normalising and searching before it: on a page full of names (the 5 MB article) they took a fifth of the scan.
 * A short text still goes through the prefilter, which turns it away for less than it costs to start a block scan.
 */
const warmChars = 1 << 16;
const paragraphChars = 256;
let matchedChars = 0;

/** False only when the text (a block's text nodes, in order) cannot hold a mention. */
export function mayMention(parts: readonly string[]): boolean {
  let length = 0;
  for (const part of parts) length += part.length;
  if (length > prefilteredChars || (matchedChars > warmChars && length >= paragraphChars)) return true;
  mayHold ??= createPrefilter(aliasStarts);
  const may = mayHold(parts.length === 1 ? parts[0]! : parts.join(''));
  if (may) matchedChars += length;
  return may;
}
