// The entity of each pattern as the change from the pattern before: an entity's aliases come
// together in the index, so nearly every change is 0 or 1 (one unit, one byte) where entity
// positions take up to three bytes each.
import type { Matcher } from './load.ts';
import { at, pack, type Packed } from './packed.ts';
import { STRIDE } from './tables.ts';

export interface PatternEntityTables {
  /**
   * By pattern: the change from the previous pattern's entity, zigzag-coded with the rises odd (0, 1, -1, 2, -2 ... as
   * 0, 1, 2, 3, 4 ...), so that 1 is not 2, which packs to '"' and costs an escape in the literal.
   */
  entityStep: Packed;
  /** The entity of every STRIDE-th pattern. */
  entityAnchors: Packed;
}

export function toPatternEntityTables(entities: readonly number[]): PatternEntityTables {
  const steps = entities.map((entity, p) => {
    const change = entity - (p === 0 ? 0 : entities[p - 1]!);
    return change > 0 ? change * 2 - 1 : -change * 2;
  });
  return { entityStep: pack(steps), entityAnchors: pack(entities.filter((_, p) => p % STRIDE === 0)) };
}

const change = (step: number) => (step & 1 ? (step + 1) / 2 : -step / 2);

export function entityOf(m: Matcher, pattern: number): number {
  const t = m.tables;
  let entity = at(t.entityAnchors, Math.floor(pattern / STRIDE));
  for (let p = pattern - (pattern % STRIDE) + 1; p <= pattern; p++) entity += change(at(t.entityStep, p));
  return entity;
}

/** The patterns of `entity`, ascending, in one pass. */
export function patternsOf(m: Matcher, entity: number): number[] {
  const found: number[] = [];
  for (let p = 0, e = 0; p < m.patterns; p++) {
    e += change(at(m.tables.entityStep, p));
    if (e === entity) found.push(p);
  }
  return found;
}
