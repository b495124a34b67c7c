// The map page (map.html) in the browser with the extension: from the moment the parser meets the
// map.js script (extension pages give no resource timing) to the first frame after every place is
// drawn at the page's width, the re-render with the measured width included.
import type { BenchBrowser } from './browser.ts';

// Installed before the page's own script: resolves with the time from the script to the frame after the map's places appear.
const watchForMap = `globalThis.__mapDrawn = new Promise((resolve) => {
  let scriptSeen;
  const observer = new MutationObserver(() => {
    if (scriptSeen === undefined && document.querySelector('script[src="map.js"]')) scriptSeen = performance.now();
    if (!document.querySelector('.place-map [data-place]')) return;
    observer.disconnect();
    setTimeout(() => requestAnimationFrame(() => resolve(performance.now() - scriptSeen)));
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
