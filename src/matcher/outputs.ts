// Where patterns end, kept small: the states with patterns as gaps from the one before and their
// pattern counts (mostly 1 unit each where state numbers take 2), with the state and the first
// pattern of every STRIDE-th to start from.
import type { Matcher } from './load.ts';
import { at, lastAtMost, pack, packedLength, type Packed } from './packed.ts';
import { STRIDE } from './tables.ts';

export interface OutputTables {
  /** By state with patterns, ascending: its number minus the previous one's (the first: its number). */
  outGap: Packed;
  /** By state with patterns: how many; they are consecutive in outPatterns. */
  outCount: Packed;
  /** The state and its first pattern's place in outPatterns, of every STRIDE-th state with patterns. */
  outAnchors: Packed;
  outAnchorStarts: Packed;
}

/** `outStart` by state, as the automaton has it: state s's patterns are [outStart[s], outStart[s + 1]). */
export function toOutputTables(outStart: Int32Array): OutputTables {
  const gaps: number[] = [];
  const counts: number[] = [];
  const anchors: number[] = [];
  const anchorStarts: number[] = [];
  for (let s = 0, previous = 0; s + 1 < outStart.length; s++) {
    const count = outStart[s + 1]! - outStart[s]!;
    if (count === 0) continue;
    if (counts.length % STRIDE === 0) {
      anchors.push(s);
      anchorStarts.push(outStart[s]!);
    }
    gaps.push(s - previous);
    counts.push(count);
    previous = s;
  }
  return { outGap: pack(gaps), outCount: pack(counts), outAnchors: pack(anchors), outAnchorStarts: pack(anchorStarts) };
}

/** Places in outPatterns are below this; a range is start * RANGE + count. */
const RANGE = 2 ** 24;

/** The patterns of `state` as outPatterns[start, start + count), in one number (see RANGE): 0 if none. */
export function outputRange(m: Matcher, state: number): number {
  const t = m.tables;
  const j = lastAtMost(t.outAnchors, state);
  const end = Math.min((j + 1) * STRIDE, packedLength(t.outCount));
  let s = at(t.outAnchors, j);
  let o = at(t.outAnchorStarts, j);
  for (let k = j * STRIDE; k < end; k++) {
    if (k > j * STRIDE) s += at(t.outGap, k);
    if (s > state) return 0;
    const count = at(t.outCount, k);
    if (s === state) return o * RANGE + count;
    o += count;
  }
  return 0;
}

export const rangeStart = (range: number) => Math.floor(range / RANGE);
export const rangeEnd = (range: number) => Math.floor(range / RANGE) + (range % RANGE);

/** Calls `each(state, start, count)` for every state with patterns, ascending. */
export function forEachOutput(m: Matcher, each: (state: number, start: number, count: number) => void): void {
  const t = m.tables;
  for (let k = 0, s = 0, o = 0, states = packedLength(t.outCount); k < states; k++) {
    s += at(t.outGap, k);
    const count = at(t.outCount, k);
    each(s, o, count);
    o += count;
  }
}
