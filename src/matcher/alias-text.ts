// An alias's written form, read back from the trie where the tables do not spell it out: its
// path is the alias folded (see foldAlias), and most aliases are that with capitals at the
// starts of some words ("Port of Kyiv"). The build spells out the others only (see toTables).
import { parentOf } from './fail-links.ts';
import type { Matcher } from './load.ts';
import { at } from './packed.ts';

/** The aliasForm of an alias spelled out in aliasText, where each ends in a line break (plainForm leaves none). */
export const SPELLED = 32;
export const SPELLED_END = '\n';

/** The folded words with capitals at their starts but for the words whose bit is set: 2 -> "Port of Kyiv". */
export function casedWords(folded: string, lowerWords: number): string {
  return folded
    .split(' ')
    .map((word, i) => (lowerWords & (1 << i) ? word : capitalise(word)))
    .join(' ');
}

/** The aliasForm value that gives `plain` back from its folded form, or SPELLED. */
export function aliasForm(plain: string, folded: string): number {
  const words = folded.split(' ');
  const written = plain.split(' ');
  let lowerWords = 0;
  for (let i = 0; i < words.length; i++) {
    if (written[i] !== capitalise(words[i]!)) lowerWords |= 1 << i;
  }
  return lowerWords < SPELLED && casedWords(folded, lowerWords) === plain ? lowerWords : SPELLED;
}

function capitalise(word: string): string {
  const upper = word.charAt(0).toUpperCase();
  return upper.length === 1 ? upper + word.slice(1) : word;
}

/** The symbols on the way to `state`. */
export function pathOf(m: Matcher, state: number): number[] {
  const symbols: number[] = [];
  for (let s = state; s > 0; s = parentOf(m, s)) symbols.push(at(m.tables.symbol, s));
  return symbols.reverse();
}

/** The folded text a path spells (the word-start boundary spells nothing). */
export const foldedText = (m: Matcher, path: number[]): string => path.map((c) => unitOf(m, c)).join('');

function unitOf(m: Matcher, symbol: number): string {
  const { letters, others, firstNonWord, space, boundary } = m.alphabet;
  if (symbol === boundary) return '';
  if (symbol === space) return ' ';
  return symbol < firstNonWord ? letters.charAt(symbol - 1) : others.charAt(symbol - firstNonWord - 2);
}
