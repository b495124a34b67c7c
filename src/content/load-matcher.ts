// The matcher's tables are compiled by the build into a module of their own, imported the first time page
// text passes the build's prefilter (a trie of how aliases start, and a pattern of its first levels), which
// turns away text no alias can start in. A frame that names nobody never loads them; one that does uses
// them as they are (well under a millisecond).
import aliasStarts from 'backstory:alias-starts';
import { loadMatcher, type Matcher, type MatcherTables } from '../matcher/index.ts';
import { createPrefilter } from '../matcher/prefilter.ts';
import { ownModule } from './own-module.ts';

type TablesModule = typeof import('./matcher-tables.ts');
const importTablesModule = ownModule<TablesModule>('tables.js');

/** The tables as content scripts get them (see ownModule); the welcome page bundles them instead. */
export const importTables = (): Promise<MatcherTables> => importTablesModule().then((module) => module.default);

export interface MatcherLoader {
  /** The matcher, if its tables are loaded. */
  loaded(): Matcher | undefined;
  /** Loads the tables the first time. */
  load(): Promise<Matcher>;
}

export function createMatcherLoader(tables: () => Promise<MatcherTables>): MatcherLoader {
  let matcher: Matcher | undefined;
  return { loaded: () => matcher, load: () => tables().then((loaded) => (matcher ??= loadMatcher(loaded))) };
}

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
