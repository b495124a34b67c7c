// The prefilter as every frame runs it, before anything else of Backstory is loaded: a trie, made by the build, of
// how aliases start, and a pattern of its first levels, which turn away text no alias can start in.
import aliasStarts from 'backstory:alias-starts';
import { createPrefilter } from '../matcher/prefilter.ts';

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

/** The prefilter's signature, for the code that takes it from content.js. */
export type MayMention = (parts: readonly string[]) => boolean;

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
