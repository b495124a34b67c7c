// Where patterns end, kept small: each pattern once, at its own state only (the scan walks the
// failure chain for the others), the states with patterns as gaps from the one before and their
// pattern counts (mostly 1 unit each where state numbers take 2), with the state and the first
// pattern of every STRIDE-th to start from.
import type { Matcher } from './load.ts';
import { at, lastAtMost, pack, packedLength, type Packed } from './packed.ts';
import { STRIDE } from './tables.ts';

export interface OutputTables {
  /** Patterns by the state they end in, ascending, then by index. */
  outPatterns: Packed;
  /** By state with patterns, ascending: its number minus the previous one's (the first: its number). */
  outGap: Packed;
  /** By state with patterns: how many; they are consecutive in outPatterns. */
  outCount: Packed;
  /** The state and its first pattern's place in outPatterns, of every STRIDE-th state with patterns. */
  outAnchors: Packed;
  outAnchorStarts: Packed;
}

/** `patternEnd`: the state each pattern ends in, by pattern. */
export function toOutputTables(patternEnd: Int32Array): OutputTables {
  const patterns = Array.from(patternEnd.keys()).sort((a, b) => patternEnd[a]! - patternEnd[b]! || a - b);
  const gaps: number[] = [];
  const counts: number[] = [];
  const anchors: number[] = [];
  const anchorStarts: number[] = [];
  patterns.forEach((pattern, o) => {
    const s = patternEnd[pattern]!;
    const previous = o === 0 ? 0 : patternEnd[patterns[o - 1]!]!;
    if (o > 0 && s === previous) {
      counts[counts.length - 1]!++;
      return;
    }
    if (counts.length % STRIDE === 0) {
      anchors.push(s);
      anchorStarts.push(o);
    }
    gaps.push(s - previous);
    counts.push(1);
  });
  return { outPatterns: pack(patterns), outGap: pack(gaps), outCount: pack(counts), outAnchors: pack(anchors), outAnchorStarts: pack(anchorStarts) };
}

/** Places in outPatterns are below this; a range is start * RANGE + count. */
const RANGE = 2 ** 24;

/** The patterns that end at `state` itself as outPatterns[start, start + count), in one number (see RANGE): 0 if none. */
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
