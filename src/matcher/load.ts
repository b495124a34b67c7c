// The content script's side: the build's tables used in place. Everything derived from them
// is made the first time a page needs it, one alias or one unit at a time.
import { AliasFlag } from '../shared/alias-index.ts';
import { at, packedLength } from './packed.ts';
import { stripMarks } from './normalise.ts';
import { loadAlphabet, type Alphabet } from './symbols.ts';
import { STRIDE, WORD_END, WORD_START, type MatcherTables } from './tables.ts';
import type { GivenNames } from './surname.ts';

export interface CompiledAlias {
  entity: number;
  flags: number;
  /** Length in automaton symbols. */
  length: number;
  /** The forms the raw text may take, after plainForm (and stripMarks with FoldDiacritics). */
  asWritten: string;
  allCaps: string;
  /** Whether the alias starts / ends with a letter or digit, and so needs a word boundary there. */
  wordStart: boolean;
  wordEnd: boolean;
}

/** A loaded matcher. Opaque to callers: load it once and reuse it. */
export interface Matcher {
  tables: MatcherTables;
  alphabet: Alphabet;
  denseStates: number;
  /** See decodeDense in scan.ts: filled on the first scan. */
  denseRows: Int32Array | undefined;
  patterns: number;
  /** By state, first child + 1; 0 until the scan first needs a state of its STRIDE. */
  firstChild: Int32Array | undefined;
  /** By pattern index, decoded when first a candidate needs it. */
  aliases: (CompiledAlias | undefined)[];
  givenNames: GivenNames | undefined;
}

export function loadMatcher(tables: MatcherTables): Matcher {
  return {
    tables,
    alphabet: loadAlphabet(tables.letters, tables.others),
    denseStates: tables.denseStates,
    denseRows: undefined,
    patterns: packedLength(tables.entity),
    firstChild: undefined,
    aliases: [],
    givenNames: undefined,
  };
}

/** The tables of a matcher, as the build writes them. */
export function serialize(matcher: Matcher): MatcherTables {
  return matcher.tables;
}

export function aliasOf(m: Matcher, pattern: number): CompiledAlias {
  const cached = m.aliases[pattern];
  if (cached !== undefined) return cached;
  const t = m.tables;
  let start = at(t.aliasStart, Math.floor(pattern / STRIDE));
  for (let p = pattern - (pattern % STRIDE); p < pattern; p++) start += at(t.aliasLength, p);
  const plain = t.aliasText.slice(start, start + at(t.aliasLength, pattern));
  const info = at(t.info, pattern);
  const fold = (info & AliasFlag.FoldDiacritics) !== 0;
  const alias: CompiledAlias = {
    entity: at(t.entity, pattern),
    flags: info & (WORD_START - 1),
    length: at(t.symbols, pattern),
    asWritten: fold ? stripMarks(plain) : plain,
    allCaps: fold ? stripMarks(plain.toUpperCase()) : plain.toUpperCase(),
    wordStart: (info & WORD_START) !== 0,
    wordEnd: (info & WORD_END) !== 0,
  };
  m.aliases[pattern] = alias;
  return alias;
}

/** The first child of `state`: filled for its whole STRIDE the first time. */
export function firstChildOf(m: Matcher, state: number): number {
  const t = m.tables;
  const cache = (m.firstChild ??= new Int32Array(packedLength(t.symbol)));
  const cached = cache[state]!;
  if (cached !== 0) return cached - 1;
  const from = state - (state % STRIDE);
  let first = at(t.firstChild, from / STRIDE);
  for (let s = from; s < Math.min(from + STRIDE, cache.length); s++) {
    cache[s] = first + 1;
    first += at(t.childCount, s);
  }
  return cache[state]! - 1;
}
