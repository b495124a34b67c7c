// The hostile suite's big pages (tests/fixtures/pages/hostile/) in Chromium: the longest slice of the scan, and
// how late the page's own 25 ms timer ran (lateness.js) with Backstory and in the same time without it, and with
// a bare walk in slices (baseline-extensions.ts: slicedWalk), the floor of any walk that touches every node.
import type { BenchBrowser } from './browser.ts';
import { askScanStats } from './measure.ts';

export const hostilePages = ['big-text-node.html', 'many-elements.html', 'deep-nesting.html', 'many-mentions.html', 'held-mentions.html'];

export interface HostileRun {
  longestSliceMs: number;
  /** The page's timer, the most it ran late with Backstory, without it, and with a bare sliced walk, over the same time. */
  lateWith: number;
  lateWithout: number;
  lateWithWalk: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const worstLateness = () => (window as unknown as { lateness: { worst: number } }).lateness.worst;

/** How late the page's timer ran in `browser` over `elapsed` ms from the page's start. */
async function latenessOver(browser: BenchBrowser, url: string, elapsed: number): Promise<number> {
  const page = await browser.context.newPage();
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await pause(Math.max(0, elapsed - (Date.now() - started)));
  const late = await page.evaluate(worstLateness);
  await page.close();
  return late;
}

export async function hostileOnce(seed: BenchBrowser, plain: BenchBrowser, walk: BenchBrowser, url: string): Promise<HostileRun> {
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
  const lateWithout = await latenessOver(plain, url, elapsed);
  const lateWithWalk = await latenessOver(walk, url, elapsed);
  return { longestSliceMs: stats.longestSliceMs, lateWith, lateWithout, lateWithWalk };
}
