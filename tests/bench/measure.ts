// One measurement = one fresh page load. Everything is timed inside the page (performance.now()),
// so the round trips to the browser are not counted.
import type { BrowserContext, Page } from 'playwright-core';
import type { ScanStats } from '../../src/shared/messages.ts';
import type { BenchBrowser } from './browser.ts';

export interface Heap {
  /** V8's heap: the page's and the content script's JavaScript objects. */
  js: number;
  /** Blink's (Oilpan) heap: DOM, StaticRanges, styles. */
  blink: number;
}

export interface ScanRun {
  busyMs: number;
  longestSliceMs: number;
  firstSliceMs: number;
  slices: number;
  marks: number;
  /** From the session's start to the scan's end. */
  wallMs: number;
  heap?: Heap;
}

export interface FloorRun {
  /** The first TreeWalker pass on the freshly loaded page, like the content script's. */
  coldMs: number;
  warmMs: number;
  textNodes: number;
  textChars: number;
  heap?: Heap;
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<Heap> {
  // Two frames: the page is laid out in both browsers before the heap is read.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  await cdp.detach();
  return { js: usage.usedSize, blink: usage.embedderHeapUsedSize ?? Number.NaN };
}

/** Asks the content scripts of every tab, from the service worker, for the first scan's stats. */
export async function askScanStats(browser: BenchBrowser): Promise<ScanStats | null> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker: the extension did not load');
  return worker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    for (const tab of await tabs.query({})) {
      const stats = tab.id === undefined ? null : await tabs.sendMessage(tab.id, { type: 'get-scan-stats' }).catch(() => null);
      if (stats) return stats as ScanStats;
    }
    return null;
  });
}

/** Loads `url` with the extension on and reads the first scan's stats through the message protocol. */
export async function scanOnce(browser: BenchBrowser, url: string, withHeap: boolean, timeoutMs = 60_000): Promise<ScanRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + timeoutMs;
    let stats: ScanStats | null = null;
    while (!(stats = await askScanStats(browser))) {
      if (Date.now() > deadline) throw new Error(`no scan stats from ${url} after ${timeoutMs / 1000} s${browser.errors.length ? `; errors: ${browser.errors.join(' | ')}` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const run = { busyMs: stats.busyMs, longestSliceMs: stats.longestSliceMs, firstSliceMs: stats.firstSliceMs, slices: stats.slices, marks: stats.marks, wallMs: stats.totalMs };
    return withHeap ? { ...run, heap: await heapAfterGc(browser.context, page) } : run;
  } finally {
    await page.close();
  }
}

/** In a browser without the extension: a bare TreeWalker(SHOW_TEXT) pass reading every `.data`. */
export async function floorOnce(browser: BenchBrowser, url: string, withHeap: boolean): Promise<FloorRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const run = await page.evaluate(() => {
      const pass = () => {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let nodes = 0;
        let chars = 0;
        while (walker.nextNode()) {
          chars += (walker.currentNode as Text).data.length;
          nodes++;
        }
        return { ms: performance.now() - start, nodes, chars };
      };
      const cold = pass();
      return { coldMs: cold.ms, warmMs: pass().ms, textNodes: cold.nodes, textChars: cold.chars };
    });
    return withHeap ? { ...run, heap: await heapAfterGc(browser.context, page) } : run;
  } finally {
    await page.close();
  }
}

export type MarkJsRun = { ms: number; marks: number } | { timedOut: true } | { error: string };

/**
 * mark.js in a page of a plain browser. Its work is one synchronous call, so the cap ends it with
 * Runtime.terminateExecution; the caller closes that browser afterwards either way.
 */
export async function markJsOnce(browser: BenchBrowser, url: string, script: string, terms: string[], capMs: number): Promise<MarkJsRun> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: script });
  const cdp = await browser.context.newCDPSession(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capped = new Promise<'cap'>((resolve) => (timer = setTimeout(() => resolve('cap'), capMs)));
  const marking = page.evaluate((words: string[]) => {
    type MarkJs = { mark(terms: string[], options: object): void };
    const Mark = (window as unknown as { Mark: new (context: Element) => MarkJs }).Mark;
    return new Promise<{ ms: number; marks: number }>((resolve) => {
      const start = performance.now();
      new Mark(document.body).mark(words, {
        separateWordSearch: false,
        diacritics: false,
        // Whole words, as Backstory matches them: a name may touch punctuation, not letters.
        accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '“', '”', '’', '—'] },
        done: (marks: number) => resolve({ ms: performance.now() - start, marks }),
      });
    });
  }, terms);
  const result = await Promise.race([marking.catch((error: Error) => ({ error: error.message.split('\n')[0]! })), capped]);
  clearTimeout(timer);
  if (result !== 'cap') return result;
  await cdp.send('Runtime.terminateExecution').catch(() => undefined);
  await marking.catch(() => undefined);
  return { timedOut: true };
}
