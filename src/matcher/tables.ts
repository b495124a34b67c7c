// The matcher in its final form: what the build embeds in content.js and loadMatcher uses as is.
import type { AliasIndex, NameContexts } from '../shared/alias-index.ts';
import { aliasForm, SPELLED, SPELLED_END } from './alias-text.ts';
import { OUTPUT, type Automaton } from './automaton.ts';
import { toChildCountTables, type ChildCountTables } from './child-counts.ts';
import { toOutputTables, type OutputTables } from './outputs.ts';
import { contextKeys } from './contexts.ts';
import { nameKey } from './normalise.ts';
import { pack, type Packed } from './packed.ts';
import { toPatternEntityTables, type PatternEntityTables } from './pattern-entities.ts';
import { loadAlphabet, shippedUnitSymbols } from './symbols.ts';

/** Offsets are kept for every STRIDE-th state or alias; the others add up counts from there. */
export const STRIDE = 32;
/**
 * How many states, breadth-first, have their failure link, parent and first child in the tables. A 12 KB article
 * reached some 500 states, two thirds of them among the first 8,192; working these out from the child counts took
 * half of the matcher's cold run (Node 20, medians of 25: 22.8 -> 15.2 ms with links and parents; 10.1 -> 8.5 with
 * first children). About 57 KB of session.js: links and parents point to shallower states, so they fit one unit.
 */
export const SHALLOW_STATES = 1 << 13;

/** Plain data (strings and numbers), so the build can write it as a literal; outputs.ts has where patterns end. */
export interface MatcherTables extends OutputTables, ChildCountTables, PatternEntityTables {
  /** The folded units with a symbol of their own, in symbol order (see symbols.ts). */
  letters: string;
  others: string;
  /** The symbols of the units of shippedUnits, as loadAlphabet takes them (symbols.ts). */
  unitSymbols: string;
  /** States [0, denseStates) have a row of `width` units: next state * 2 + 1 if it has patterns. */
  denseStates: number;
  dense: Packed;
  /** By state, breadth-first: symbol on the edge in (child counts: child-counts.ts; failure links: fail-links.ts). */
  symbol: Packed;
  /**
   * For the first SHALLOW_STATES states, where text keeps the automaton: failOutOf and parentOf (fail-links.ts) and
   * firstChildOf (load.ts, one more: the children of the last state end there), as the build knows them.
   */
  shallowFailOut: Packed;
  shallowParent: Packed;
  shallowFirstChild: Packed;
  /** The first child of every STRIDE-th state; children are numbered consecutively from there. */
  firstChild: Packed;
  levelStarts: Packed;
  /** Patterns are numbered by the state they end in (outputs.ts). By pattern (its entity: pattern-entities.ts): its kind. */
  aliasKind: Packed;
  /**
   * By kind, the most common first, two values: info (AliasFlag bits | the bits below), then aliasForm (alias-text.ts): the
   * words of its folded form that stay in lower case, or SPELLED. A few dozen kinds take one unit a pattern, where the two
   * columns took two.
   */
  kinds: Packed;
  /** The spelled aliases in plain form (see plainForm), each ended by SPELLED_END; where the first at or after every STRIDE-th pattern starts. */
  aliasText: string;
  aliasStart: Packed;
  /** Given names as their nameKey (normalise.ts), one a line: the content script takes them as they are. */
  givenNames: string;
  /** Each list of NameContexts, as contextKeys (contexts.ts), one a line. */
  contexts: Record<keyof NameContexts, string>;
  /** For each pattern with the COMPANIONS bit, in pattern order: its companion entities' count, then them. */
  companions: Packed;
  /** The name patterns of declining aliases, one a line: language, then each ending, split by "|" (inflected.ts). */
  inflections: string;
}

export const WORD_START = 8;
export const WORD_END = 16;
/** The entity is a place / a person: the context rules for other senses of a name apply. */
export const PLACE = 32;
export const PERSON = 64;
/** The alias is also a US state's name ("Washington"). */
export const US_STATE = 128;
/** A mention only in a block that also mentions one of its companions (see AliasIndex). */
export const COMPANIONS = 256;
/** Above these bits: the number of the alias's name pattern + 1, or 0: the alias is a stem that takes endings (inflected.ts). */
export const INFLECTION_SHIFT = 9;

export interface BuildAlias {
  plain: string;
  /** As foldAlias gives it: the trie's path. */
  folded: string;
  entity: number;
  info: number;
  companions: number[];
}

export const noContexts: NameContexts = {
  longerNameBefore: [], longerNameAfter: [], otherTitles: [], usStates: [], stateBefore: [], stateAfter: [], pronouns: [], pronounVerbs: [], pronounEnds: [],
};

export function toTables(a: Automaton, byIndex: BuildAlias[], givenNames: readonly string[], contexts: NameContexts, inflections: AliasIndex['inflections'] = []): MatcherTables {
  const states = a.fail.length;
  const dense = new Uint16Array(a.dense.length);
  for (let i = 0; i < dense.length; i++) dense[i] = (a.dense[i]! & ~OUTPUT) * 2 + (a.dense[i]! < 0 ? 1 : 0);
  const firstChild: number[] = [];
  for (let s = 0; s < states; s += STRIDE) firstChild.push(a.firstChild[s]!);
  // Numbered by the state they end in, where they end together as in the index.
  const order = Array.from(a.patternEnd.keys()).sort((x, y) => a.patternEnd[x]! - a.patternEnd[y]! || x - y);
  const aliases = order.map((p) => byIndex[p]!);
  const starts: number[] = [];
  let text = '';
  const forms = aliases.map(({ plain, folded }) => aliasForm(plain, folded));
  aliases.forEach(({ plain }, i) => {
    if (i % STRIDE === 0) starts.push(text.length);
    if (forms[i] === SPELLED) text += plain + SPELLED_END;
  });
  // Each (info, form) pair as one number: forms are at most SPELLED.
  const pairs = aliases.map(({ info }, i) => info * (SPELLED + 1) + forms[i]!);
  const uses = new Map<number, number>();
  for (const pair of pairs) uses.set(pair, (uses.get(pair) ?? 0) + 1);
  const kinds = [...uses.keys()].sort((x, y) => uses.get(y)! - uses.get(x)!);
  const kindOf = new Map(kinds.map((pair, k) => [pair, k]));
  const dense16 = pack(dense);
  if (dense16.wide) throw new Error('matcher: dense states must fit 16 bits');
  return {
    letters: a.alphabet.letters,
    others: a.alphabet.others,
    unitSymbols: shippedUnitSymbols(loadAlphabet(a.alphabet.letters, a.alphabet.others)),
    denseStates: a.denseStates,
    dense: dense16,
    symbol: pack(a.symbol),
    shallowFailOut: pack(Array.from(a.fail.subarray(0, SHALLOW_STATES), (fail, s) => fail * 2 + a.hasOutput[s]!)),
    shallowParent: pack(a.parent.subarray(0, SHALLOW_STATES)),
    shallowFirstChild: pack(a.firstChild.subarray(0, SHALLOW_STATES + 1)),
    ...toChildCountTables(a.firstChild),
    firstChild: pack(firstChild),
    ...toOutputTables(order.map((p) => a.patternEnd[p]!)),
    levelStarts: pack(a.levelStarts),
    ...toPatternEntityTables(aliases.map((x) => x.entity)),
    aliasKind: pack(pairs.map((pair) => kindOf.get(pair)!)),
    kinds: pack(kinds.flatMap((pair) => [Math.floor(pair / (SPELLED + 1)), pair % (SPELLED + 1)])),
    aliasText: text,
    aliasStart: pack(starts),
    givenNames: givenNames.map(nameKey).join('\n'),
    contexts: Object.fromEntries(Object.entries(contexts).map(([list, words]) => [list, contextKeys(words).join('\n')])) as MatcherTables['contexts'],
    companions: pack(aliases.flatMap((x) => (x.info & COMPANIONS ? [x.companions.length, ...x.companions] : []))),
    inflections: inflections.map(([language, endings]) => [language, ...endings].join('|')).join('\n'),
  };
}
