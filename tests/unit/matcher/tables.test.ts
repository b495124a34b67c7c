import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { compileMatcher, findMentions, loadMatcher, serialize, type MatcherTables } from '../../../src/matcher/index.ts';
import { random } from './helpers.ts';

const index = compileSeeds(readSeeds('seeds')).aliasIndex;
const compiled = compileMatcher(index);
const work = mkdtempSync(join(tmpdir(), 'backstory-tables-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Seed names, some upper-cased or possessive, among words and odd characters. */
function randomText(seed: number, words: number): string {
  const next = random(seed);
  const odd = ['\u00ad', '\u200b', '\ufffc', '\u0301', '’s', '\ud83d\ude00', '\n', ' ', '—', 'Melania', 'é'];
  const filler = ['the', 'talks', 'in', 'Kyiv', 'said', 'on', 'Tuesday', 'and', 'President'];
  let text = '';
  for (let i = 0; i < words; i++) {
    const r = next();
    const alias = index.aliases[Math.floor(next() * index.aliases.length)]![0];
    const word = r < 0.2 ? alias : r < 0.23 ? alias.toUpperCase() : r < 0.3 ? odd[Math.floor(next() * odd.length)]! : filler[Math.floor(next() * filler.length)]!;
    text += next() < 0.1 ? word : `${word} `;
  }
  return text;
}

describe('precompiled tables', () => {
  it('find exactly what the compiled matcher finds, after a JSON round trip', () => {
    const loaded = loadMatcher(JSON.parse(JSON.stringify(serialize(compiled))) as MatcherTables);
    for (let seed = 1; seed <= 6; seed++) {
      const text = randomText(seed, 2000);
      const expected = findMentions(compiled, text);
      expect(expected.length).toBeGreaterThan(100);
      expect(findMentions(loaded, text)).toEqual(expected);
    }
  });

  it('survive the build: the module literal esbuild minifies into content.js', async () => {
    const { code } = await transform(`export default ${JSON.stringify(serialize(compiled))};`, { minify: true, charset: 'utf8', format: 'esm' });
    const file = join(work, 'tables.mjs');
    writeFileSync(file, code);
    const tables = ((await import(pathToFileURL(file).href)) as { default: MatcherTables }).default;
    const text = randomText(99, 5000);
    expect(findMentions(loadMatcher(tables), text)).toEqual(findMentions(compiled, text));
  });

  it('load without building anything (cost printed)', () => {
    const json = JSON.stringify(serialize(compiled));
    const loads: number[] = [];
    const firstScans: number[] = [];
    for (let i = 0; i < 21; i++) {
      const tables = JSON.parse(json) as MatcherTables;
      const start = performance.now();
      const matcher = loadMatcher(tables);
      loads.push(performance.now() - start);
      expect(matcher.tables).toBe(tables);
      const scanned = performance.now();
      expect(findMentions(matcher, 'Talks in Kyiv.')).toHaveLength(1);
      firstScans.push(performance.now() - scanned);
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[10]!.toFixed(3);
    console.log(`seed tables, ${json.length} units: loadMatcher median ${median(loads)} ms (worst ${Math.max(...loads).toFixed(3)}); first scan, decoding the dense rows, median ${median(firstScans)} ms`);
  });
});
