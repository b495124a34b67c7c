// Where patterns end, kept small: patterns are numbered by the state they end in (toTables), so the
// states with patterns, as gaps from the one before, and their pattern counts (mostly 1 unit each
// where state numbers take 2) say which patterns end where, with the state and the first pattern
// of every STRIDE-th to start from. Each pattern is at its own state only: the scan walks the
// failure chain for the others.
import type { Matcher } from './load.ts';
import { at, lastAtMost, pack, packedLength, type Packed } from './packed.ts';
import { STRIDE } from './tables.ts';

export interface OutputTables {
  /** By state with patterns, ascending: its number minus the previous one's (the first: its number). */
  outGap: Packed;
  /** By state with patterns: how many; they are numbered consecutively. */
  outCount: Packed;
  /** The state and its first pattern, of every STRIDE-th state with patterns. */
  outAnchors: Packed;
  outAnchorStarts: Packed;
}

/** `patternEnd`: the state each pattern ends in, by pattern, ascending. */
export function toOutputTables(patternEnd: ArrayLike<number>): OutputTables {
  const gaps: number[] = [];
  const counts: number[] = [];
  const anchors: number[] = [];
  const anchorStarts: number[] = [];
  for (let pattern = 0; pattern < patternEnd.length; pattern++) {
    const s = patternEnd[pattern]!;
    const previous = pattern === 0 ? 0 : patternEnd[pattern - 1]!;
    if (s < previous) throw new Error('matcher: patterns must be numbered by the state they end in');
    if (pattern > 0 && s === previous) {
      counts[counts.length - 1]!++;
      continue;
    }
    if (counts.length % STRIDE === 0) {
      anchors.push(s);
      anchorStarts.push(pattern);
    }
    gaps.push(s - previous);
    counts.push(1);
  }
  return { outGap: pack(gaps), outCount: pack(counts), outAnchors: pack(anchors), outAnchorStarts: pack(anchorStarts) };
}

/** Patterns are below this; a range is start * RANGE + count. */
const RANGE = 2 ** 24;

/** The patterns that end at `state` itself, [start, start + count), in one number (see RANGE): 0 if none. */
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

/** The state `pattern` ends in. */
export function endStateOf(m: Matcher, pattern: number): number {
  const t = m.tables;
  const j = lastAtMost(t.outAnchorStarts, pattern);
  let s = at(t.outAnchors, j);
  for (let k = j * STRIDE, o = at(t.outAnchorStarts, j); ; k++) {
    if (k > j * STRIDE) s += at(t.outGap, k);
    o += at(t.outCount, k);
    if (pattern < o) return s;
  }
}
