// Most text holds no alias. Where nothing is under way (the automaton idles at the root or at a word start),
// the scan goes straight to the next place an alias can start, which a native RegExp finds (MatcherTables.starts),
// instead of stepping through every unit: the same matches, since none can start in between.
import type { Matcher } from './load.ts';
import { isOwnDecomposition, isSpace, STARTS_UNITS } from './prefilter.ts';
import { START, type ScanCursor } from './scan.ts';
import { SKIP, unitSymbol } from './symbols.ts';

/** Units jumped over count for 1 / 2^JUMP_SHIFT of a unit read, against the slice budget. */
export const JUMP_SHIFT = 4;
/** Longer parts are read unit by unit: one native search through them might not fit a slice. */
const MAX_JUMPED_PART = 1 << 16;

/**
 * Up to where in the part `data` the scan may jump: nowhere (0) in text that the pattern of starts does not read
 * as it is (see isOwnDecomposition), or too long. Not in its last units either: an alias may start there that the
 * next part goes on with, where a search of this part alone would not see it.
 */
export function jumpsUntil(data: string): number {
  if (data.length > MAX_JUMPED_PART || !isOwnDecomposition(data)) return 0;
  // The pattern reads at most STARTS_UNITS units, runs of spaces aside, from where it matches.
  let i = data.length;
  for (let units = 0; i > 0 && units <= STARTS_UNITS; ) if (!isSpace(data.charCodeAt(--i))) units++;
  return i;
}

/**
 * Moves an idle cursor on to the next place in `data` where an alias can start, or to `until` if there is none
 * before, in the state the automaton would be in there: at a word start after a non-letter, else at the root.
 */
export function jumpToStart(m: Matcher, data: string, cursor: ScanCursor, until: number): void {
  const { starts, alphabet } = m;
  starts.lastIndex = cursor.at;
  const found = starts.exec(data);
  const next = found && found.index < until ? found.index : until;
  if (next === cursor.at) return;
  const before = unitSymbol(alphabet, data.charCodeAt(next - 1));
  // Text that is its own decomposition has nothing the scan passes over; were it otherwise, no jump.
  if (before === SKIP) return;
  cursor.at = next;
  cursor.state = before >= alphabet.firstNonWord ? START : 0;
}
