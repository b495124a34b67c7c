// Firefox has no CPU profile to read over CDP: there the benchmark reads the content script's own scan stats
// through the message protocol (the e2e harness's recipe), the page's timer and its frame times.
import puppeteer from 'puppeteer-core';
import { firefoxPath } from '../../src/build/browsers.ts';
import type { ScanStats } from '../../src/shared/messages.ts';
import { launchFirefox, portable } from '../e2e/harness/firefox.ts';
import { openControlPage } from '../e2e/harness/extension-calls.ts';
import { waitForScan } from '../e2e/harness/page-probes.ts';
import { measureFrames, type FrameRun } from './frames.ts';


export interface FirefoxResults {
  version: string;
  /** By page file, one run per round. */
  scans: Record<string, ScanStats[]>;
  frames: { plain: FrameRun[]; backstory: FrameRun[] };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function firefoxRuns(origin: string, files: string[], ticking: string, runs: number): Promise<FirefoxResults> {
  const results: FirefoxResults = { version: '', scans: Object.fromEntries(files.map((file) => [file, []])), frames: { plain: [], backstory: [] } };
  const session = await launchFirefox();
  // Opened by the first call instead, it would hide the page under test, whose timers Firefox then throttles.
  await openControlPage(session);
  try {
    for (let round = 0; round < runs; round++) {
      for (const file of files) {
        const page = await session.open(`${origin}/${file}`);
        results.scans[file]!.push(await waitForScan(session, page));
        await page.close();
      }
      const page = await session.open(`${origin}/${ticking}`);
      await waitForScan(session, page);
      results.frames.backstory.push(await measureFrames(page, 3000));
      await page.close();
    }
    const errors = session.errors();
    if (errors.length > 0) throw new Error(`Firefox logged errors:\n  ${errors.join('\n  ')}`);
  } finally {
    await session.close();
  }
  const plain = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, defaultViewport: { width: 1100, height: 800 } });
  try {
    results.version = await plain.version();
    for (let round = 0; round < runs; round++) {
      const page = await plain.newPage();
      await page.goto(`${origin}/${ticking}`, { waitUntil: 'load' });
      await pause(2000);
      results.frames.plain.push(await measureFrames({ evaluate: (fn, arg) => page.evaluate(portable(fn) as never, arg) as never }, 3000));
      await page.close();
    }
  } finally {
    await plain.close();
  }
  return results;
}
