// The matcher's precompiled tables for a seeds folder: their size in content.js and what loading them costs.
import { compileSeeds } from '../../src/build/compile-seeds.ts';
import { readSeeds } from '../../src/build/read-seeds.ts';
import { compileTables, loadMatcher, type MatcherTables } from '../../src/matcher/index.ts';
import { at, packedLength } from '../../src/matcher/packed.ts';
import { INFLECTION_SHIFT } from '../../src/matcher/tables.ts';

export interface TablesRun {
  /** UTF-8 bytes of the tables as the build writes them. */
  bytes: number;
  /** Median of fresh loads, in this Node (the browser's is of the same order: no work but one allocation). */
  loadMs: number;
  /** The automaton's size: states, patterns, and the patterns that are declining stems. */
  states: number;
  patterns: number;
  declining: number;
  /** Name patterns (seeds/inflections.json) in use, and their languages. */
  inflections: number;
  languages: number;
}

export function measureTables(seedsDir: string): TablesRun {
  const compiled = compileTables(compileSeeds(readSeeds(seedsDir)).aliasIndex);
  const json = JSON.stringify(compiled);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const tables = JSON.parse(json) as MatcherTables;
    const start = performance.now();
    loadMatcher(tables);
    times.push(performance.now() - start);
  }
  const patterns = packedLength(compiled.info);
  let declining = 0;
  for (let p = 0; p < patterns; p++) if (at(compiled.info, p) >> INFLECTION_SHIFT) declining++;
  const inflections = compiled.inflections ? compiled.inflections.split('\n') : [];
  return {
    bytes: Buffer.byteLength(json),
    loadMs: times.sort((a, b) => a - b)[10]!,
    states: packedLength(compiled.symbol),
    patterns,
    declining,
    inflections: inflections.length,
    languages: new Set(inflections.map((line) => line.split('|')[0])).size,
  };
}
