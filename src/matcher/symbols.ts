// The automaton's alphabet: only the folded units that occur in aliases get a symbol of
// their own; any other unit is one of two UNKNOWN symbols, a letter or not.
// Layout: [unknown letter, letters..., unknown other, space, other non-letters..., boundary].
import { foldCode, IGNORED, isWordCodePoint, NEVER } from './normalise.ts';

const UNKNOWN_WORD = 0;
/** Passed over without a transition: invisible characters and combining marks. */
export const SKIP = 0xfffe;
const UNSEEN = 0xffff;
const NONE = 0xffff;

export interface Alphabet {
  /** Number of symbols, the boundary included. */
  width: number;
  /** Symbols from here to `boundary` are not letters or digits: a word may start after them. */
  firstNonWord: number;
  space: number;
  /** Never read from the text: stands for "a word starts here" at the head of a pattern. */
  boundary: number;
  /** Folded unit -> symbol, NONE if no alias has it. */
  folded: Uint16Array;
  /** UTF-16 unit -> symbol, filled lazily: most pages use a few hundred distinct units. */
  units: Uint16Array;
}

/**
 * Appends an alias as folded units (see foldCode), whitespace collapsed and trimmed, and
 * marks them in `seen`; false, appending nothing, if it can never match.
 */
export function foldAlias(text: string, out: number[], seen: Uint8Array): boolean {
  const from = out.length;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === NEVER) {
      out.length = from;
      return false;
    }
    if (f === IGNORED || (f === 0x20 && (out.length === from || out[out.length - 1] === 0x20))) continue;
    out.push(f);
    seen[f] = 1;
  }
  if (out[out.length - 1] === 0x20 && out.length > from) out.pop();
  return out.length > from;
}

/** `seen` marks the folded units (0x20 included or not) that aliases use. */
export function createAlphabet(seen: Uint8Array): Alphabet {
  const words: number[] = [];
  const others: number[] = [];
  for (let f = 0; f < seen.length; f++) {
    if (seen[f] === 1 && f !== 0x20) (isWordCodePoint(f) ? words : others).push(f);
  }
  const firstNonWord = 1 + words.length;
  const folded = new Uint16Array(0x10000).fill(NONE);
  words.forEach((f, i) => (folded[f] = 1 + i));
  folded[0x20] = firstNonWord + 1;
  others.forEach((f, i) => (folded[f] = firstNonWord + 2 + i));
  const width = firstNonWord + 3 + others.length;
  if (width >= SKIP) throw new Error('matcher: too many distinct characters in aliases');
  return {
    width,
    firstNonWord,
    space: firstNonWord + 1,
    boundary: width - 1,
    folded,
    units: new Uint16Array(0x10000).fill(UNSEEN),
  };
}

/** The symbol of a text unit; SKIP for what the scan passes over. */
export function unitSymbol(alphabet: Alphabet, code: number): number {
  const cached = alphabet.units[code]!;
  if (cached !== UNSEEN) return cached;
  const f = foldCode(code);
  let symbol: number;
  if (f === IGNORED) symbol = SKIP;
  else if (f !== NEVER && alphabet.folded[f] !== NONE) symbol = alphabet.folded[f]!;
  else symbol = f !== NEVER && isWordCodePoint(code) ? UNKNOWN_WORD : alphabet.firstNonWord;
  alphabet.units[code] = symbol;
  return symbol;
}
