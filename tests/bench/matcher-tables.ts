// The matcher's precompiled tables for a seeds folder: their size in content.js and what loading them costs.
import { compileSeeds } from '../../src/build/compile-seeds.ts';
import { readSeeds } from '../../src/build/read-seeds.ts';
import { compileTables, loadMatcher, type MatcherTables } from '../../src/matcher/index.ts';
import { infoOf } from '../../src/matcher/load.ts';
import { packedLength } from '../../src/matcher/packed.ts';
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
  /** By language, the aliases tagged with it in the seeds and the name patterns it declares. */
  byLanguage: Record<string, { aliases: number; patterns: number }>;
}

/** Counts the seeds' aliases by language (plain strings are English) and inflections.json's patterns. */
function countByLanguage(seedsDir: string): TablesRun['byLanguage'] {
  const counts: TablesRun['byLanguage'] = {};
  const entry = (lang: string) => (counts[lang] ??= { aliases: 0, patterns: 0 });
  for (const { path, text } of readSeeds(seedsDir)) {
    const json = JSON.parse(text) as { entities?: { aliases: (string | { lang?: string })[] }[]; languages?: Record<string, object> };
    if (path.endsWith('inflections.json')) for (const [lang, patterns] of Object.entries(json.languages ?? {})) entry(lang).patterns += Object.keys(patterns).length;
    for (const entity of json.entities ?? []) for (const alias of entity.aliases) entry(typeof alias === 'string' ? 'en' : (alias.lang ?? 'en')).aliases++;
  }
  return counts;
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
  const matcher = loadMatcher(compiled);
  const patterns = matcher.patterns;
  let declining = 0;
  for (let p = 0; p < patterns; p++) if (infoOf(matcher, p) >> INFLECTION_SHIFT) declining++;
  const inflections = compiled.inflections ? compiled.inflections.split('\n') : [];
  return {
    bytes: Buffer.byteLength(json),
    loadMs: times.sort((a, b) => a - b)[10]!,
    states: packedLength(compiled.symbol),
    patterns,
    declining,
    inflections: inflections.length,
    languages: new Set(inflections.map((line) => line.split('|')[0])).size,
    byLanguage: countByLanguage(seedsDir),
  };
}
