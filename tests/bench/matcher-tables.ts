// The matcher's precompiled tables for a seeds folder: their size in content.js and what loading them costs.
import { compileSeeds } from '../../src/build/compile-seeds.ts';
import { readSeeds } from '../../src/build/read-seeds.ts';
import { compileTables, loadMatcher, type MatcherTables } from '../../src/matcher/index.ts';

export interface TablesRun {
  /** UTF-8 bytes of the tables as the build writes them. */
  bytes: number;
  /** Median of fresh loads, in this Node (the browser's is of the same order: no work but one allocation). */
  loadMs: number;
}

export function measureTables(seedsDir: string): TablesRun {
  const json = JSON.stringify(compileTables(compileSeeds(readSeeds(seedsDir)).aliasIndex));
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const tables = JSON.parse(json) as MatcherTables;
    const start = performance.now();
    loadMatcher(tables);
    times.push(performance.now() - start);
  }
  return { bytes: Buffer.byteLength(json), loadMs: times.sort((a, b) => a - b)[10]! };
}
