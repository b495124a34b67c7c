// The one pass over the text. Kept free of allocation and of calls on the common path.
import type { BlockText } from './block-text.ts';
import { failOutOf, OUTPUT, step } from './fail-links.ts';
import type { Matcher } from './load.ts';
import { outputRange, rangeEnd, rangeStart } from './outputs.ts';
import { lastAtMost } from './packed.ts';
import { denseRowsOf, readCell, UNREAD } from './dense-rows.ts';
import { SKIP, unitSymbol } from './symbols.ts';

export { START } from './fail-links.ts';

/**
 * Runs the automaton over text[from, to) from `state`, calling `hit(pattern, offset + end, the pattern's
 * own state)` for every pattern whose folded form ends at `end`; returns the state it ends in.
 */
export function scan(
  m: Matcher,
  text: string,
  from: number,
  to: number,
  state: number,
  offset: number,
  hit: (pattern: number, end: number, state: number) => void,
): number {
  const { alphabet, denseStates } = m;
  const dense = denseRowsOf(m);
  const units = alphabet.units;
  const width = alphabet.width;
  for (let i = from; i < to; i++) {
    let c = units[text.charCodeAt(i)]! - 1;
    if (c >>> 0 >= width) {
      c = unitSymbol(alphabet, text.charCodeAt(i));
      if (c === SKIP) continue;
    }
    if (state < denseStates) {
      const cell = state * width + c;
      state = dense[cell]!;
      if (state >= 0) continue;
      if (state === UNREAD) {
        state = readCell(m, cell);
        if (state >= 0) continue;
      }
      state &= ~OUTPUT;
    } else {
      state = step(m, state, c);
      if ((failOutOf(m, state) & 1) === 0) continue;
    }
    // The patterns of the state, then those of its failure chain, as long as there are any.
    for (let s = state; s > 0 && (failOutOf(m, s) & 1) === 1; s = failOutOf(m, s) >> 1) {
      const range = outputRange(m, s);
      for (let o = rangeStart(range), end = rangeEnd(range); o < end; o++) hit(o, offset + i + 1, s);
    }
  }
  return state;
}

/** How many symbols the string of `state` holds (the boundary counts as one). */
export function depthOf(m: Matcher, state: number): number {
  return lastAtMost(m.tables.levelStarts, state);
}

/**
 * Where a match of `length` symbols ending at `end` starts: walks back the way the scan
 * walked forward, so the offset is in the raw text, before any skipped character.
 */
export function matchStart(m: Matcher, text: BlockText, end: number, length: number): number {
  const { alphabet } = m;
  let i = end;
  for (let left = length; left > 0 && i > 0; ) {
    i--;
    const c = unitSymbol(alphabet, text.charCodeAt(i));
    if (c === SKIP) continue;
    if (c === alphabet.space) {
      for (let b = unitSymbol(alphabet, text.charCodeAt(i - 1)); i > 0 && (b === alphabet.space || b === SKIP); ) {
        i--;
        if (i > 0) b = unitSymbol(alphabet, text.charCodeAt(i - 1));
      }
    }
    left--;
  }
  return i;
}
