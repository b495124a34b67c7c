// npm run bench:fixed-cost: the bench's fixed cost per page alone (the nobody page, the 12 KB article, the
// page of 10 empty frames), in a minute or two instead of the whole bench's fifteen. Options:
// `--runs N` (5), `--large` (the 5,000-entity build too), `--against DIR,...` (other built dists, e.g. main's,
// measured in the same rounds), `--page FILE,...` (those pages only), `--top` (where the seed build's time goes, by function, unminified).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileAllOnLoad } from '../../src/build/compile-hints.ts';
import { seedPlugin } from '../../src/build/seed-plugin.ts';
import { serveStatic } from '../../src/build/static-server.ts';
import { baselineExtension } from './baseline-extensions.ts';
import { chromiumVersion, launch, type BenchBrowser } from './browser.ts';
import { cpuOnce } from './chromium-runs.ts';
import { perFrameCost, writeEverydayPages } from './everyday-pages.ts';
import { profilePage, type Profile } from './extension-cpu.ts';
import { buildLargeDictionary, readAliasTexts } from './generate-dictionary.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string' }, large: { type: 'boolean' }, against: { type: 'string' }, top: { type: 'boolean' }, page: { type: 'string' } } });
const runs = Number(args.runs ?? 5);
const log = (message: string) => process.stderr.write(`fixed-cost: ${message}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The seed build with its identifiers kept, so a profile names our functions. */
async function readableDist(work: string): Promise<string> {
  const out = join(work, 'dist-readable');
  cpSync('dist', out, { recursive: true });
  const options: esbuild.BuildOptions = { bundle: true, target: ['chrome120'], charset: 'utf8', minifyWhitespace: true, minifySyntax: true, outdir: out, plugins: [seedPlugin(resolve('seeds'))], logLevel: 'warning' };
  await esbuild.build({ ...options, entryPoints: { content: 'src/content/index.ts' }, format: 'iife' });
  await esbuild.build({ ...options, entryPoints: { session: 'src/content/session-module.ts' }, format: 'esm', banner: compileAllOnLoad });
  await esbuild.build({ ...options, entryPoints: { card: 'src/content/card/index.ts' }, format: 'esm' });
  return out;
}

/** Self time (ms) of the extension's functions, summed over profiles. */
function addSelfTimes(profile: Profile, into: Map<string, number>) {
  const names = new Map(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => [n.id, `${n.callFrame.functionName || '(anonymous)'} :${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`]));
  for (let i = 0; i + 1 < profile.samples.length; i++) {
    const name = names.get(profile.samples[i]!);
    if (name) into.set(name, (into.get(name) ?? 0) + profile.timeDeltas[i + 1]! / 1000);
  }
}

/** Each function's mean self time over the rounds: medians of functions sampled in some rounds only would add up to far less than the total. */
async function topFunctions(browser: BenchBrowser, origin: string, file: string): Promise<Map<string, number>> {
  const rounds: Map<string, number>[] = [];
  for (let round = 0; round < runs; round++) {
    const times = new Map<string, number>();
    rounds.push(times);
    const page = await browser.context.newPage();
    await page.goto(`${origin}/empty-frame.html`);
    const profile = await profilePage(page);
    await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
    await new Promise((done) => setTimeout(done, 1000));
    addSelfTimes(await profile.stop(), times);
    await page.close();
  }
  const names = new Set(rounds.flatMap((times) => [...times.keys()]));
  return new Map([...names].map((name) => [name, rounds.reduce((sum, times) => sum + (times.get(name) ?? 0), 0) / rounds.length]));
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'backstory-fixed-cost-'));
  const browsers: BenchBrowser[] = [];
  try {
    const dists: [string, string][] = [['idle', baselineExtension('dist', work, 'idle')], ['seed', 'dist']];
    for (const [i, dir] of (args.against?.split(',') ?? []).entries()) dists.push([`against-${i + 1}`, dir]);
    if (args.large) {
      log('building the 5,000-entity dictionary');
      dists.push(['large', join(work, 'dist-5000')]);
      buildLargeDictionary('seeds', join(work, 'seeds-5000'), join(work, 'dist-5000'));
    }
    mkdirSync(join(work, 'pages'));
    const pages = writeEverydayPages(join(work, 'pages'), readAliasTexts('seeds'), '<html><head></head><body></body></html>').filter((p) => !args.page || args.page.split(',').includes(p.file));
    const server = await serveStatic({ '/': join(work, 'pages') });
    for (const [, dist] of dists) browsers.push(await launch(dist));
    log(`Chromium ${chromiumVersion(browsers[0]!.context)}, load average ${loadavg()[0]!.toFixed(1)}, ${runs} rounds`);
    const ms = new Map(dists.map(([name]) => [name, new Map(pages.map((p) => [p.file, [] as number[]]))]));
    for (let round = 0; round <= runs; round++) {
      for (const page of pages) {
        for (const [i, [name]] of dists.entries()) {
          const run = await cpuOnce(browsers[i]!, server.origin, page.file, name !== 'idle');
          // Round 0 warms each browser up and is not kept.
          if (round > 0) ms.get(name)!.get(page.file)!.push(run.extensionMs);
        }
      }
    }
    const errors = browsers.flatMap((b) => b.errors);
    if (errors.length > 0) throw new Error(`errors were logged:\n  ${errors.join('\n  ')}`);
    const cpuOf = (name: string, file: string) => median(ms.get(name)!.get(file)!);
    for (const page of pages) {
      const idle = cpuOf('idle', page.file);
      const cells = dists.slice(1).map(([name]) => {
        const cost = cpuOf(name, page.file) - idle;
        const perDocument = page.documents > 1 ? ` (${(cost / page.documents).toFixed(2)}/doc)` : '';
        const measured = !page.withoutFrames || ms.get(name)!.has(page.withoutFrames);
        const perFrame = measured ? perFrameCost(page, (file) => cpuOf(name, file)) : undefined;
        return `${name} ${cost.toFixed(1)}${perDocument}${perFrame === undefined ? '' : ` (${perFrame.toFixed(2)}/frame)`}`;
      });
      console.log(`${page.label.padEnd(32)} idle ${idle.toFixed(1)} ms | ${cells.join(' | ')}  (ms over idle)`);
    }
    if (args.top) {
      const readable = await launch(await readableDist(work));
      browsers.push(readable);
      for (const page of pages) {
        const times = await topFunctions(readable, server.origin, page.file);
        const total = [...times.values()].reduce((a, b) => a + b, 0);
        console.log(`\n${page.label}: mean self time per function, ${total.toFixed(1)} ms in all`);
        for (const [name, t] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${t.toFixed(2).padStart(6)}  ${name}`);
      }
    }
    await server.close();
  } finally {
    for (const browser of browsers) await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`fixed-cost failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
