// The dense rows as next states, OUTPUT-flagged, in a typed array: the one table the scan reads for
// nearly every character, and reading it beats reading the packed string by about a third. Each cell
// is decoded the first time it is read: a page uses a few hundred of the 16,000, and decoding them all
// up front cost milliseconds in every frame, the interpreter being cold.
import { OUTPUT } from './fail-links.ts';
import type { Matcher } from './load.ts';
import { at } from './packed.ts';

/** OUTPUT with every state bit set: no state is that large. */
export const UNREAD = -1;

export function denseRowsOf(m: Matcher): Int32Array {
  return (m.denseRows ??= new Int32Array(m.tables.dense.units.length).fill(UNREAD));
}

/** The cell's next state, OUTPUT-flagged, decoded now if it was not read yet. */
export function readCell(m: Matcher, cell: number): number {
  const rows = denseRowsOf(m);
  let next = rows[cell]!;
  if (next === UNREAD) {
    const v = at(m.tables.dense, cell);
    next = rows[cell] = (v >> 1) | (v & 1 ? OUTPUT : 0);
  }
  return next;
}
