// The hostile suite's big pages (tests/fixtures/pages/hostile/) in Chromium: the longest slice of the scan, and
// how late the page's own 25 ms timer ran (lateness.js) with Backstory and in the same time without it, and with
// a bare walk in slices (baseline-extensions.ts: slicedWalk), the floor of any walk that touches every node.
import { slicedWalkDone } from './baseline-extensions.ts';
import type { BenchBrowser } from './browser.ts';
import { askScanStats } from './measure.ts';

export const hostilePages = ['big-text-node.html', 'many-elements.html', 'deep-nesting.html', 'many-mentions.html', 'held-mentions.html'];

export interface HostileRun {
  longestSliceMs: number;
  /** The page's timer, the most it ran late with Backstory, without it, and with a bare sliced walk, over the same time. */
  lateWith: number;
  lateWithout: number;
  lateWithWalk: number;
  /** The bare sliced walk's longest slice: what touching every node costs at least, between two looks at the clock. */
  walkLongestSliceMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const worstLateness = () => (window as unknown as { lateness: { worst: number } }).lateness.worst;

/**
 * How late the page's timer ran in `browser` over `elapsed` ms from the page's start, and what the console said
 * by then, or, given `awaited`, once a line starting with it was logged (within 30 s more).
 */
async function latenessOver(browser: BenchBrowser, url: string, elapsed: number, awaited?: string): Promise<{ late: number; logged: string[] }> {
  const page = await browser.context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => void logged.push(message.text()));
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await pause(Math.max(0, elapsed - (Date.now() - started)));
  const late = await page.evaluate(worstLateness);
  for (const deadline = Date.now() + 30_000; awaited && !logged.some((text) => text.startsWith(awaited)) && Date.now() < deadline; ) await pause(50);
  await page.close();
  return { late, logged };
}

function walkLongestSlice(logged: string[], url: string): number {
  const line = logged.find((text) => text.startsWith(slicedWalkDone));
  if (!line) throw new Error(`the sliced walk did not finish on ${url}`);
  return Number(line.slice(slicedWalkDone.length));
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
  const lateWithout = (await latenessOver(plain, url, elapsed)).late;
  const withWalk = await latenessOver(walk, url, elapsed, slicedWalkDone);
  return { longestSliceMs: stats.longestSliceMs, lateWith, lateWithout, lateWithWalk: withWalk.late, walkLongestSliceMs: walkLongestSlice(withWalk.logged, url) };
}
