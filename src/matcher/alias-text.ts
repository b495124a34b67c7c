// An alias's written form, read back from the trie where the tables do not spell it out: its
// path is the alias folded (see foldAlias), and most aliases are that with capitals at the
// starts of some words ("Port of Kyiv"). The build spells out the others only (see toTables).
import { failOf, parentOf } from './fail-links.ts';
import type { Matcher } from './load.ts';
import { forEachOutput } from './outputs.ts';
import { at } from './packed.ts';
import { depthOf } from './scan.ts';

/** aliasForm values from here on are spelled out: aliasText holds value - SPELLED units. */
export const SPELLED = 32;

/** The folded words with capitals at their starts but for the words whose bit is set: 2 -> "Port of Kyiv". */
export function casedWords(folded: string, lowerWords: number): string {
  return folded
    .split(' ')
    .map((word, i) => (lowerWords & (1 << i) ? word : capitalise(word)))
    .join(' ');
}

/** The aliasForm value that gives `plain` back from its folded form, or SPELLED + its length. */
export function aliasForm(plain: string, folded: string): number {
  const words = folded.split(' ');
  const written = plain.split(' ');
  let lowerWords = 0;
  for (let i = 0; i < words.length; i++) {
    if (written[i] !== capitalise(words[i]!)) lowerWords |= 1 << i;
  }
  return lowerWords < SPELLED && casedWords(folded, lowerWords) === plain ? lowerWords : SPELLED + plain.length;
}

function capitalise(word: string): string {
  const upper = word.charAt(0).toUpperCase();
  return upper.length === 1 ? upper + word.slice(1) : word;
}

/**
 * The folded text of `pattern`, from `state`, where the scan found it: the pattern's own state is on
 * the failure chain, the one as deep as the pattern (one more with the word-start boundary).
 */
export function foldedText(m: Matcher, pattern: number, state: number): string {
  const length = at(m.tables.symbols, pattern);
  for (let s = state < 0 ? endStateOf(m, pattern) : state; s > 0; s = failOf(m, s)) {
    const depth = depthOf(m, s);
    if (depth !== length && depth !== length + 1) continue;
    const symbols = pathOf(m, s);
    if ((symbols[0] === m.alphabet.boundary) === (depth === length + 1)) return symbols.map((c) => unitOf(m, c)).join('');
  }
  throw new Error(`matcher: pattern ${pattern} does not end at state ${state}`);
}

/** For a pattern not found yet (the surname rule reads all of an entity's aliases): the state it ends in. */
function endStateOf(m: Matcher, pattern: number): number {
  if (!m.patternEnds) {
    const ends = (m.patternEnds = new Int32Array(m.patterns));
    forEachOutput(m, (state, start, count) => {
      for (let o = start; o < start + count; o++) ends[at(m.tables.outPatterns, o)] = state;
    });
  }
  return m.patternEnds[pattern]!;
}

function pathOf(m: Matcher, state: number): number[] {
  const symbols: number[] = [];
  for (let s = state; s > 0; s = parentOf(m, s)) symbols.push(at(m.tables.symbol, s));
  return symbols.reverse();
}

function unitOf(m: Matcher, symbol: number): string {
  const { letters, others, firstNonWord, space, boundary } = m.alphabet;
  if (symbol === boundary) return '';
  if (symbol === space) return ' ';
  return symbol < firstNonWord ? letters.charAt(symbol - 1) : others.charAt(symbol - firstNonWord - 2);
}
