// One fresh load each, in Chromium: the extension's CPU from a profile of the page's renderer, and the
// frame times of a page that keeps changing.
import type { ScanStats } from '../../src/shared/messages.ts';
import type { BenchBrowser } from './browser.ts';
import { extensionMs, profilePage } from './extension-cpu.ts';
import { measureFrames, readTimerWorst, type FrameRun } from './frames.ts';
import { askScanStats } from './measure.ts';

export interface CpuRun {
  extensionMs: number;
  /** The page's own 25 ms timer, the most it ran late. */
  timerWorstMs: number;
  stats?: ScanStats;
}

const settleMs = 500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForStats(browser: BenchBrowser, url: string): Promise<ScanStats> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const stats = await askScanStats(browser);
    if (stats) return stats;
    if (Date.now() > deadline) throw new Error(`no scan stats from ${url}`);
    await pause(50);
  }
}

/**
 * `origin`'s empty page is loaded first, so the profiled renderer is the one the page loads in. With
 * Backstory (`scans`), the profile runs until its first scan is done and the frames have settled.
 */
export async function cpuOnce(browser: BenchBrowser, origin: string, file: string, scans: boolean): Promise<CpuRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${origin}/empty-frame.html`);
    const profile = await profilePage(page);
    await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
    const stats = scans ? await waitForStats(browser, file) : undefined;
    await pause(settleMs);
    const timerWorstMs = (await readTimerWorst(page)) ?? Number.NaN;
    return { extensionMs: extensionMs(await profile.stop()), timerWorstMs, stats };
  } finally {
    await page.close();
  }
}

/** The page's frame times over 3 s, once Backstory's first scan is done (or 2 s after load without it). */
export async function framesOnce(browser: BenchBrowser, url: string, scans: boolean): Promise<FrameRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (scans) await waitForStats(browser, url);
    else await pause(2000);
    return await measureFrames(page, 3000);
  } finally {
    await page.close();
  }
}
