// The entity of each pattern. Patterns are numbered by the state they end in (outputs.ts), so an
// entity's aliases are scattered and each pattern holds its entity's number.
import type { Matcher } from './load.ts';
import { at, pack, type Packed } from './packed.ts';

export interface PatternEntityTables {
  /** By pattern: its entity. */
  patternEntity: Packed;
}

export const toPatternEntityTables = (entities: readonly number[]): PatternEntityTables => ({ patternEntity: pack(entities) });

export const entityOf = (m: Matcher, pattern: number): number => at(m.tables.patternEntity, pattern);

/** The patterns of `entity`, ascending. */
export function patternsOf(m: Matcher, entity: number): number[] {
  const found: number[] = [];
  for (let p = 0; p < m.patterns; p++) if (entityOf(m, p) === entity) found.push(p);
  return found;
}
