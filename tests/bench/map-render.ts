// The map page (map.html) in the browser with the extension: from the page's backstory:map-render
// mark, just before it renders the map, to the first frame after every place is drawn at the page's
// width, the re-render with the measured width included.
import type { BenchBrowser } from './browser.ts';

// Installed before the page's own script: resolves with the time from the mark to the frame after the map's places appear.
const watchForMap = `globalThis.__mapDrawn = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.place-map [data-place]')) return;
    observer.disconnect();
    const start = performance.getEntriesByName('backstory:map-render')[0].startTime;
    setTimeout(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  });
  observer.observe(document, { childList: true, subtree: true });
});`;

export async function mapRenderOnce(browser: BenchBrowser): Promise<number> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(watchForMap);
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/map.html`);
    return await page.evaluate(() => (globalThis as unknown as { __mapDrawn: Promise<number> }).__mapDrawn);
  } finally {
    await page.close();
  }
}
