// The automaton's alphabet: only the folded units that occur in aliases get a symbol of
// their own; any other unit is one of two UNKNOWN symbols, a letter or not.
// Layout: [unknown letter, letters..., unknown other, space, other non-letters..., boundary].
import { foldCode, IGNORED, isWordCodePoint, NEVER } from './normalise.ts';

const UNKNOWN_WORD = 0;
/** Passed over without a transition: invisible characters and combining marks. */
export const SKIP = 0xfffe;
const NONE = 0xffff;

/** What the scan needs; `letters` and `others` are the folded units with a symbol, in symbol order. */
export interface Alphabet {
  letters: string;
  others: string;
  /** Number of symbols, the boundary included. */
  width: number;
  /** Symbols from here to `boundary` are not letters or digits: a word may start after them. */
  firstNonWord: number;
  space: number;
  /** Never read from the text: stands for "a word starts here" at the head of a pattern. */
  boundary: number;
  /** UTF-16 unit -> symbol + 1, 0 if not looked up yet: most pages use a few hundred distinct units. */
  units: Uint16Array;
}

/** The build's alphabet adds the map from folded unit to symbol, NONE if no alias has it. */
export interface BuildAlphabet extends Alphabet {
  folded: Uint16Array;
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
export function createAlphabet(seen: Uint8Array): BuildAlphabet {
  let letters = '';
  let others = '';
  for (let f = 0; f < seen.length; f++) {
    if (seen[f] === 1 && f !== 0x20) {
      if (isWordCodePoint(f)) letters += String.fromCharCode(f);
      else others += String.fromCharCode(f);
    }
  }
  const alphabet = loadAlphabet(letters, others);
  if (alphabet.width >= SKIP) throw new Error('matcher: too many distinct characters in aliases');
  const folded = new Uint16Array(0x10000).fill(NONE);
  for (let f = 0; f < 0x10000; f++) if (seen[f] === 1) folded[f] = foldedSymbol(alphabet, f);
  return { ...alphabet, folded };
}

/**
 * The units whose symbols the build works out and the tables carry (`unitSymbols`): Latin, Greek, Cyrillic and
 * General Punctuation (’ “ ” — …), nearly all a news page holds. On a page, working each one out from scratch
 * took ~20 µs of cold code (folding, Unicode classes): 2 ms of a 12 KB article's first block.
 */
export const shippedUnits: readonly (readonly [from: number, to: number])[] = [[0x0000, 0x0530], [0x2000, 0x2070]];

/** `unitSymbols`: the tables' column, or none for an alphabet that works every unit out when first met. */
export function loadAlphabet(letters: string, others: string, unitSymbols = ''): Alphabet {
  const firstNonWord = 1 + letters.length;
  const width = firstNonWord + 3 + others.length;
  const units = new Uint16Array(0x10000);
  let i = 0;
  for (const [from, to] of shippedUnits) {
    for (let code = from; code < to && i < unitSymbols.length; code++) {
      const shipped = unitSymbols.charCodeAt(i++);
      units[code] = shipped === 0 ? SKIP + 1 : shipped;
    }
  }
  return { letters, others, width, firstNonWord, space: firstNonWord + 1, boundary: width - 1, units };
}

/** The build's side of loadAlphabet: each shipped unit's symbol + 1, 0 for SKIP (which + 1 is a noncharacter). */
export function shippedUnitSymbols(alphabet: Alphabet): string {
  let out = '';
  for (const [from, to] of shippedUnits) {
    for (let code = from; code < to; code++) {
      const symbol = unitSymbol(alphabet, code);
      out += String.fromCharCode(symbol === SKIP ? 0 : symbol + 1);
    }
  }
  return out;
}

function foldedSymbol(alphabet: Alphabet, f: number): number {
  if (f === 0x20) return alphabet.space;
  const unit = String.fromCharCode(f);
  const letter = alphabet.letters.indexOf(unit);
  if (letter !== -1) return 1 + letter;
  const other = alphabet.others.indexOf(unit);
  return other === -1 ? NONE : alphabet.firstNonWord + 2 + other;
}

/** The symbol of a text unit; SKIP for what the scan passes over. */
export function unitSymbol(alphabet: Alphabet, code: number): number {
  const cached = alphabet.units[code]!;
  if (cached !== 0) return cached - 1;
  const f = foldCode(code);
  let symbol: number;
  if (f === IGNORED) symbol = SKIP;
  else if (f === NEVER) symbol = alphabet.firstNonWord;
  else {
    symbol = foldedSymbol(alphabet, f);
    if (symbol === NONE) symbol = isWordCodePoint(code) ? UNKNOWN_WORD : alphabet.firstNonWord;
  }
  alphabet.units[code] = symbol + 1;
  return symbol;
}
