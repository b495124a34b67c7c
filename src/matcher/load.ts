// The content script's side: the build's tables used in place. Everything derived from them
// is made the first time a page needs it, one alias or one unit at a time.
import { AliasFlag } from '../shared/alias-index.ts';
import { casedWords, foldedText, pathOf, SPELLED, SPELLED_END } from './alias-text.ts';
import { fillFirstChildren } from './child-counts.ts';
import { endStateOf } from './outputs.ts';
import { at, packedLength } from './packed.ts';
import { entityOf } from './pattern-entities.ts';
import { stripMarks } from './normalise.ts';
import { loadAlphabet, type Alphabet } from './symbols.ts';
import { COMPANIONS, INFLECTION_SHIFT, PERSON, PLACE, STRIDE, US_STATE, WORD_END, WORD_START, type MatcherTables } from './tables.ts';
import { inflectionOf, type Inflection } from './inflected.ts';
import type { Contexts } from './contexts.ts';
import type { GivenNames } from './surname.ts';

export interface CompiledAlias {
  entity: number;
  flags: number;
  /** Length in automaton symbols. */
  length: number;
  /** The forms the raw text may take, after plainForm (and stripMarks with FoldDiacritics). */
  asWritten: string;
  allCaps: string;
  /** For an alias written with a lower-case first letter, that letter in capitals: it may start a sentence. */
  capitalised: string | undefined;
  /** Whether the alias starts / ends with a letter or digit, and so needs a word boundary there. */
  wordStart: boolean;
  wordEnd: boolean;
  place: boolean;
  person: boolean;
  usState: boolean;
  /** Entities one of which the block must mention too, or undefined for any block. */
  companions: number[] | undefined;
  /** For a declining alias (asWritten is its stem), its name pattern. */
  inflection: Inflection | undefined;
}

/** A loaded matcher. Opaque to callers: load it once and reuse it. */
export interface Matcher {
  tables: MatcherTables;
  alphabet: Alphabet;
  denseStates: number;
  /** See dense-rows.ts: each cell decoded when first read. */
  denseRows: Int32Array | undefined;
  patterns: number;
  /** By state past the tables' shallow ones, first child + 1; 0 until the scan first needs a state of its STRIDE. */
  firstChild: Int32Array | undefined;
  /** By state past the tables' shallow ones, failOutOf + 1; 0 until the scan first reaches the state (see fail-links.ts). */
  failOut: Int32Array | undefined;
  /** By pattern index, decoded when first a candidate needs it. */
  aliases: (CompiledAlias | undefined)[];
  givenNames: GivenNames | undefined;
  contexts: Contexts | undefined;
  /** Pattern -> its companions, made when a pattern that has them is first a candidate. */
  companions: Map<number, number[]> | undefined;
  /** By number, the name patterns decoded so far (inflected.ts). */
  inflections: Inflection[] | undefined;
}

export function loadMatcher(tables: MatcherTables): Matcher {
  return {
    tables,
    alphabet: loadAlphabet(tables.letters, tables.others, tables.unitSymbols),
    denseStates: tables.denseStates,
    denseRows: undefined,
    patterns: packedLength(tables.aliasKind),
    firstChild: undefined,
    failOut: undefined,
    aliases: [],
    givenNames: undefined,
    contexts: undefined,
    companions: undefined,
    inflections: undefined,
  };
}

/** The tables of a matcher, as the build writes them. */
export function serialize(matcher: Matcher): MatcherTables {
  return matcher.tables;
}

/** The alias of `pattern`; `state`, the state it ends in, if the caller knows it, saves looking for it. */
export function aliasOf(m: Matcher, pattern: number, state = -1): CompiledAlias {
  const cached = m.aliases[pattern];
  if (cached !== undefined) return cached;
  const form = formOf(m, pattern);
  // The path is the alias folded; one that starts with a letter starts at the word-start boundary (automaton.ts).
  const path = pathOf(m, state >= 0 ? state : endStateOf(m, pattern));
  const plain = form === SPELLED ? spelledText(m, pattern) : casedWords(foldedText(m, path), form);
  const info = infoOf(m, pattern);
  const fold = (info & AliasFlag.FoldDiacritics) !== 0;
  const asWritten = fold ? stripMarks(plain) : plain;
  const first = asWritten.charAt(0);
  const alias: CompiledAlias = {
    entity: entityOf(m, pattern),
    flags: info & (WORD_START - 1),
    length: path.length - (path[0] === m.alphabet.boundary ? 1 : 0),
    asWritten,
    allCaps: fold ? stripMarks(plain.toUpperCase()) : plain.toUpperCase(),
    capitalised: first !== first.toUpperCase() ? first.toUpperCase() + asWritten.slice(1) : undefined,
    wordStart: (info & WORD_START) !== 0,
    wordEnd: (info & WORD_END) !== 0,
    place: (info & PLACE) !== 0,
    person: (info & PERSON) !== 0,
    usState: (info & US_STATE) !== 0,
    companions: info & COMPANIONS ? companionsOf(m, pattern) : undefined,
    inflection: info >> INFLECTION_SHIFT ? inflectionOf(m, (info >> INFLECTION_SHIFT) - 1) : undefined,
  };
  m.aliases[pattern] = alias;
  return alias;
}

/** AliasFlag bits | the bits of tables.ts. */
export const infoOf = (m: Matcher, pattern: number) => at(m.tables.kinds, 2 * at(m.tables.aliasKind, pattern));
const formOf = (m: Matcher, pattern: number) => at(m.tables.kinds, 2 * at(m.tables.aliasKind, pattern) + 1);

function spelledText(m: Matcher, pattern: number): string {
  const text = m.tables.aliasText;
  let start = at(m.tables.aliasStart, Math.floor(pattern / STRIDE));
  for (let p = pattern - (pattern % STRIDE); p < pattern; p++) if (formOf(m, p) === SPELLED) start = text.indexOf(SPELLED_END, start) + 1;
  return text.slice(start, text.indexOf(SPELLED_END, start));
}

function companionsOf(m: Matcher, pattern: number): number[] {
  if (!m.companions) {
    m.companions = new Map();
    const { companions } = m.tables;
    for (let p = 0, at0 = 0; p < m.patterns; p++) {
      if ((infoOf(m, p) & COMPANIONS) === 0) continue;
      const count = at(companions, at0);
      m.companions.set(p, Array.from({ length: count }, (_, i) => at(companions, at0 + 1 + i)));
      at0 += count + 1;
    }
  }
  return m.companions.get(pattern) ?? [];
}

/** The first child of `state` (the states after the last: their number): filled for its whole STRIDE the first time. */
export function firstChildOf(m: Matcher, state: number): number {
  const { shallowFirstChild } = m.tables;
  if (state < packedLength(shallowFirstChild)) return at(shallowFirstChild, state);
  const cache = (m.firstChild ??= new Int32Array(packedLength(m.tables.symbol) + 1));
  if (cache[state] === 0) fillFirstChildren(m, cache, state);
  return cache[state]! - 1;
}
