// How many children each state has, four states a unit: nearly every state has none or one (the
// long single-child chains of names), so a base-3 digit each, 2 meaning "two or more, read on in
// manyChildren". The scan reads them only to fill firstChildOf's cache, a STRIDE at a time, for
// the states deeper than the tables' first children (SHALLOW_STATES).
import type { Matcher } from './load.ts';
import { at, pack, packedLength, type Packed } from './packed.ts';
import { STRIDE } from './tables.ts';

const PER_UNIT = 4;
const MANY = 2;

export interface ChildCountTables {
  /** By four states: the sum of digit * 3^i, digit = min(children, MANY). */
  childDigits: Packed;
  /** By state with MANY or more children, in order: how many. */
  manyChildren: Packed;
  /** By STRIDE of states: how many states before it have MANY or more. */
  manyBefore: Packed;
}

export function toChildCountTables(firstChild: Int32Array): ChildCountTables {
  const states = firstChild.length - 1;
  const digits: number[] = [];
  const many: number[] = [];
  const before: number[] = [];
  for (let s = 0; s < states; s++) {
    if (s % STRIDE === 0) before.push(many.length);
    const count = firstChild[s + 1]! - firstChild[s]!;
    if (count >= MANY) many.push(count);
    if (s % PER_UNIT === 0) digits.push(0);
    digits[digits.length - 1]! += Math.min(count, MANY) * 3 ** (s % PER_UNIT);
  }
  return { childDigits: pack(digits), manyChildren: pack(many), manyBefore: pack(before) };
}

/** Fills `cache` with first child + 1 for the STRIDE of `state` (after the last state: the last STRIDE and that). */
export function fillFirstChildren(m: Matcher, cache: Int32Array, state: number): void {
  const t = m.tables;
  const states = packedLength(t.symbol);
  const from = Math.min(state, states - 1) - (Math.min(state, states - 1) % STRIDE);
  let first = at(t.firstChild, from / STRIDE);
  let many = at(t.manyBefore, from / STRIDE);
  const end = Math.min(from + STRIDE, states);
  for (let s = from; s < end; s++) {
    cache[s] = first + 1;
    const digit = Math.floor(at(t.childDigits, s / PER_UNIT | 0) / 3 ** (s % PER_UNIT)) % 3;
    first += digit === MANY ? at(t.manyChildren, many++) : digit;
  }
  if (end === states) cache[states] = first + 1;
}
