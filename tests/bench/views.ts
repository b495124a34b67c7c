// The popup's views in the browser with the extension, timed inside the extension's page (performance.now())
// to the first frame after the view's content is drawn: the popup for an article tab from its navigation
// to the names listed, the full-brief tab from its navigation to the brief with its locator map, and the map
// from the hash change that routes to it to its places.
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser.ts';

export interface ViewRun {
  popupFirstContentMs: number;
  fullBriefMs: number;
  mapRenderMs: number;
}

// Installed before the page's own scripts: resolves with the time of the frame after `selector` matches.
const drawnAt = (selector: string) => `globalThis.__drawn = new Promise((resolve) => {
  const done = () => document.querySelector(${JSON.stringify(selector)}) && (setTimeout(() => requestAnimationFrame(() => resolve(performance.now()))), true);
  const observer = new MutationObserver(() => done() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
});`;

async function timeOpen(browser: BenchBrowser, url: string, selector: string): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(drawnAt(selector));
    await page.goto(url);
    return await page.evaluate(() => (globalThis as unknown as { __drawn: Promise<number> }).__drawn);
  } finally {
    await page.close();
  }
}

function timeMapRoute(popup: Page): Promise<number> {
  return popup.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-slot="place-map"] [data-place]')) return;
          observer.disconnect();
          setTimeout(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        });
        observer.observe(document, { childList: true, subtree: true });
        location.hash = '#/map';
      }),
  );
}

/** The id of the tab whose content script reports this page title with its names, once it does. */
async function scannedTab(browser: BenchBrowser, title: string): Promise<number> {
  const worker = browser.context.serviceWorkers()[0]!;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const id = await worker.evaluate(async (wanted) => {
      type Report = { title?: string; mentions: unknown[] };
      type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object, o: object): Promise<Report | undefined> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      for (const tab of await tabs.query({})) {
        const report = tab.id === undefined ? undefined : await tabs.sendMessage(tab.id, { type: 'get-page-report' }, { frameId: 0 }).catch(() => undefined);
        if (report?.title === wanted && report.mentions.length > 0) return tab.id;
      }
      return undefined;
    }, title);
    if (id !== undefined) return id;
  }
  throw new Error(`no tab reported names for ${title}`);
}

/** One round: the popup for the article at `articleUrl` (left open, read), the full brief, the map. */
export async function viewsOnce(browser: BenchBrowser, articleUrl: string): Promise<ViewRun> {
  const extension = `chrome-extension://${new URL(browser.context.serviceWorkers()[0]!.url()).host}`;
  const article = await browser.context.newPage();
  try {
    await article.goto(articleUrl, { waitUntil: 'load' });
    const tabId = await scannedTab(browser, await article.title());
    const popupFirstContentMs = await timeOpen(browser, `${extension}/popup.html?tab=${tabId}`, '[data-brief]');
    const fullBriefMs = await timeOpen(browser, `${extension}/popup.html?full#/brief/pokrovsk`, '.locator [data-place]');
    const popup = await browser.context.newPage();
    try {
      await popup.goto(`${extension}/popup.html#/story`);
      await popup.waitForSelector('.positions-grid');
      return { popupFirstContentMs, fullBriefMs, mapRenderMs: await timeMapRoute(popup) };
    } finally {
      await popup.close();
    }
  } finally {
    await article.close();
  }
}
