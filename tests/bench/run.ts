// npm run bench: Backstory's first scan against the floor (a bare TreeWalker pass) and mark.js, on
// generated pages, with the seed dictionary and a generated 5,000-entity one. What to expect on this
// machine: /work/shared/notes/performance.md.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../../src/build/static-server.ts';
import { chromiumVersion, launch, type BenchBrowser } from './browser.ts';
import { buildLargeDictionary, readAliasTexts } from './generate-dictionary.ts';
import { writePages } from './generate-pages.ts';
import { floorOnce, markJsOnce, scanOnce } from './measure.ts';
import { report, type BenchResults, type PageResults } from './report.ts';

const runs = 5;
const markJsCapMs = 120_000;
const markJsScript = 'node_modules/mark.js/dist/mark.min.js';
const heapPage = 'article-5mb.html';
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function withBrowser<T>(dist: string | undefined, use: (browser: BenchBrowser) => Promise<T>): Promise<T> {
  const browser = await launch(dist);
  try {
    const result = await use(browser);
    if (browser.errors.length > 0) throw new Error(`errors were logged:\n  ${browser.errors.join('\n  ')}`);
    return result;
  } finally {
    await browser.close();
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  try {
    const seedNames = readAliasTexts('seeds');
    log('building the 5,000-entity dictionary');
    const largeDist = join(work, 'dist-5000');
    const large = buildLargeDictionary('seeds', join(work, 'seeds-5000'), largeDist);
    const madeUpNames = large.madeUp.flatMap((e) => e.aliases.map((a) => (typeof a === 'string' ? a : a.text)));
    mkdirSync(join(work, 'pages'));
    const pages = writePages(join(work, 'pages'), seedNames, madeUpNames);
    const server = await serveStatic({ '/': join(work, 'pages') });
    const url = (file: string) => `${server.origin}/${file}`;
    const results: PageResults[] = pages.map((page) => ({ page, floor: [], seed: [], large: [] }));
    let version = '';

    try {
      // Rounds go across the pages, so that a slow spell of this shared machine touches all of them.
      log(`floor and heap baseline, ${runs} runs a page, no extension`);
      await withBrowser(undefined, async (browser) => {
        version = chromiumVersion(browser.context);
        await floorOnce(browser, url(pages[0]!.file), false); // warm-up: the browser's first page load is slower
        for (let round = 0; round < runs; round++) for (const r of results) r.floor.push(await floorOnce(browser, url(r.page.file), r.page.file === heapPage));
      });
      for (const [dist, key] of [['dist', 'seed'], [largeDist, 'large']] as const) {
        log(`Backstory with ${key === 'seed' ? 'the seed dictionary' : '5,000 entities'}, ${runs} runs a page`);
        await withBrowser(dist, async (browser) => {
          await scanOnce(browser, url(pages[0]!.file), false);
          for (let round = 0; round < runs; round++) for (const r of results) r[key].push(await scanOnce(browser, url(r.page.file), r.page.file === heapPage));
        });
      }
      for (const r of results) {
        if (r.seed.some((run) => run.marks === 0)) throw new Error(`Backstory found no mention on ${r.page.file}: the scan is broken`);
        log(`mark.js on ${r.page.label} (cap ${markJsCapMs / 1000} s)`);
        // mark.js is one synchronous call in the page: a fresh browser each time, closed after, however it ended.
        r.markJs = await withBrowser(undefined, (browser) => markJsOnce(browser, url(r.page.file), markJsScript, seedNames, markJsCapMs));
      }
    } finally {
      await server.close();
    }

    const heapRuns = results.find((r) => r.page.file === heapPage)!;
    const content = readFileSync('dist/content.js');
    const bench: BenchResults = {
      pages: results,
      seedTerms: seedNames.length,
      largeTerms: large.aliases.length,
      markJsCapMs,
      heap: { plain: heapRuns.floor.map((r) => r.heap), seed: heapRuns.seed.map((r) => r.heap), large: heapRuns.large.map((r) => r.heap) },
      bundle: { bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, largeBytes: readFileSync(join(largeDist, 'content.js')).length },
      machine: `Chromium ${version} headless, ${availableParallelism()} cores, Node ${process.version}; medians of ${runs} fresh page loads, mark.js once`,
    };
    console.log(report(bench));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const started = Date.now();
main().then(
  () => log(`done in ${Math.round((Date.now() - started) / 1000)} s`),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
