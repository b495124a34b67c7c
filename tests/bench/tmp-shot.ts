import { launch } from './browser.ts';
const b = await launch('dist');
const worker = b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
const origin = `chrome-extension://${new URL(worker.url()).host}`;
for (const [q, w, h, f] of [['', 400, 600, 'narrow'], ['', 1100, 800, 'wide'], ['?focus=ukraine', 400, 500, 'ukraine'], ['?focus=washington', 400, 500, 'washington'], ['?focus=moscow', 400, 500, 'moscow']] as const) {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: w, height: h });
  await page.goto(`${origin}/map.html${q}`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shot-${f}.png` });
  await page.close();
}
console.log(b.errors);
await b.close();
