// The one pass over the text. Kept free of allocation and of calls on the common path.
import { OUTPUT, START, step, type Automaton } from './automaton.ts';
import { SKIP, unitSymbol } from './symbols.ts';

/** Calls `hit(pattern, end)` for every pattern whose folded form ends at raw offset `end`. */
export function scan(a: Automaton, text: string, hit: (pattern: number, end: number) => void): void {
  const { alphabet, dense, denseStates, hasOutput, outStart, outPatterns } = a;
  const units = alphabet.units;
  const width = alphabet.width;
  // The text starts at a word start.
  let state = START;
  for (let i = 0, n = text.length; i < n; i++) {
    let c = units[text.charCodeAt(i)]!;
    if (c >= width) {
      c = unitSymbol(alphabet, text.charCodeAt(i));
      if (c === SKIP) continue;
    }
    if (state < denseStates) {
      state = dense[state * width + c]!;
      if (state >= 0) continue;
      state &= ~OUTPUT;
    } else {
      state = step(a, state, c);
      if (hasOutput[state] === 0) continue;
    }
    for (let o = outStart[state]!, end = outStart[state + 1]!; o < end; o++) hit(outPatterns[o]!, i + 1);
  }
}

/**
 * Where a match of `length` symbols ending at `end` starts: walks back the way the scan
 * walked forward, so the offset is in the raw text, before any skipped character.
 */
export function matchStart(a: Automaton, text: string, end: number, length: number): number {
  const { units, space } = a.alphabet;
  let i = end;
  for (let left = length; left > 0; ) {
    i--;
    const c = units[text.charCodeAt(i)]!;
    if (c === SKIP) continue;
    if (c === space) {
      while (i > 0 && (units[text.charCodeAt(i - 1)] === space || units[text.charCodeAt(i - 1)] === SKIP)) i--;
    }
    left--;
  }
  return i;
}
