// The hostile suite's big pages (tests/fixtures/pages/hostile/) in Chromium: the longest slice of the scan, and
// how late the page's own 25 ms timer ran (lateness.js) with Backstory and in the same time without it.
import type { BenchBrowser } from './browser.ts';
import { askScanStats } from './measure.ts';

export const hostilePages = ['big-text-node.html', 'many-elements.html', 'deep-nesting.html', 'many-mentions.html'];

export interface HostileRun {
  longestSliceMs: number;
  /** The page's timer, the most it ran late with Backstory, and without it over the same time. */
  lateWith: number;
  lateWithout: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const worstLateness = () => (window as unknown as { lateness: { worst: number } }).lateness.worst;

export async function hostileOnce(seed: BenchBrowser, plain: BenchBrowser, url: string): Promise<HostileRun> {
  const page = await seed.context.newPage();
  const opened = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + 120_000;
  let stats = await askScanStats(seed);
  for (; !stats; stats = await askScanStats(seed)) {
    if (Date.now() > deadline) throw new Error(`no scan stats from ${url}`);
    await pause(50);
  }
  const elapsed = Date.now() - opened;
  const lateWith = await page.evaluate(worstLateness);
  await page.close();
  const without = await plain.context.newPage();
  const started = Date.now();
  await without.goto(url, { waitUntil: 'load' });
  await pause(Math.max(0, elapsed - (Date.now() - started)));
  const lateWithout = await without.evaluate(worstLateness);
  await without.close();
  return { longestSliceMs: stats.longestSliceMs, lateWith, lateWithout };
}
