// Failure links and parents: the shallow states' come with the tables (SHALLOW_STATES). Deeper ones are made
// at scan time instead of shipped, fail(s) = step(fail(parent), symbol(s)), each worked out the first time the
// scan reaches s and kept for the page; their parent is found from the child counts the tables already hold
// (children are numbered consecutively).
import { readCell } from './dense-rows.ts';
import { firstChildOf, type Matcher } from './load.ts';
import { at, lastAtMost, packedLength } from './packed.ts';
import { outputRange } from './outputs.ts';
import { STRIDE } from './tables.ts';

export const START = 1;
export const OUTPUT = 1 << 31;

/** fail(state) * 2, + 1 if some pattern ends at `state` or a state on its failure chain. */
export function failOutOf(m: Matcher, state: number): number {
  const { shallowFailOut } = m.tables;
  if (state < packedLength(shallowFailOut)) return at(shallowFailOut, state);
  const known = (m.failOut ??= new Int32Array(packedLength(m.tables.symbol)))[state]!;
  return known !== 0 ? known - 1 : resolve(m, state);
}

/** The failure state of `state`. */
export const failOf = (m: Matcher, state: number): number => failOutOf(m, state) >> 1;

function resolve(m: Matcher, state: number): number {
  const t = m.tables;
  const parent = parentOf(m, state);
  const fail = state === START ? 0 : parent === 0 ? START : step(m, failOf(m, parent), at(t.symbol, state));
  const hasOutput = outputRange(m, state) !== 0 || (fail > 0 && (failOutOf(m, fail) & 1) === 1);
  const value = fail * 2 + (hasOutput ? 1 : 0);
  m.failOut![state] = value + 1;
  return value;
}

/** The state whose children include `state` (> 0). */
export function parentOf(m: Matcher, state: number): number {
  const t = m.tables;
  if (state < packedLength(t.shallowParent)) return at(t.shallowParent, state);
  // The last STRIDE whose first child is at most `state` holds the parent: later states' children come after.
  for (let q = lastAtMost(t.firstChild, state) * STRIDE; ; q++) if (state < firstChildOf(m, q + 1)) return q;
}

/** The next state from `state` on text symbol `c`. */
export function step(m: Matcher, state: number, c: number): number {
  const { symbol } = m.tables;
  const { space, width } = m.alphabet;
  if (state < m.denseStates) return readCell(m, state * width + c) & ~OUTPUT;
  if (c === space && at(symbol, state) === c) return state;
  for (let s = state; ; ) {
    const first = firstChildOf(m, s);
    const end = firstChildOf(m, s + 1);
    for (let child = first; child < end; child++) if (at(symbol, child) === c) return child;
    s = failOf(m, s);
    if (s < m.denseStates) return readCell(m, s * width + c) & ~OUTPUT;
  }
}
