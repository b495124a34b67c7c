import puppeteer, { type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { firefoxPath } from '../../../src/build/browsers.ts';
import { distDir, type ExtensionSession, type TestPage } from './session.ts';

// A fixed moz-extension:// address, so tests can open the popup (see ../shared/notes/browser-testing.md).
const extensionUuid = '6f1b1f9e-3c8a-4d52-9a57-2f1f4c0b7a11';

export async function launchFirefox(): Promise<ExtensionSession> {
  const geckoId = JSON.parse(readFileSync(`${distDir}manifest.json`, 'utf8')).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }) },
  });
  await browser.installExtension(distDir);
  let errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url ?? page.url()})`);
    });
    page.on('pageerror', (error) => errors.push(`${(error as Error).message} (${page.url()})`));
  };

  const wrap = (page: Page): TestPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, timeout = 10_000) => void (await page.waitForFunction(fn as never, { timeout })),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    reload: async () => void (await page.reload({ waitUntil: 'domcontentloaded' })),
    close: () => page.close(),
  });

  return {
    name: 'firefox',
    async open(url) {
      const page = await browser.newPage();
      watch(page);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      watch(page);
      // Firefox never reports this navigation as finished although the page loads: wait for the page instead.
      void page.goto(`moz-extension://${extensionUuid}/${path}`).catch(() => undefined);
      await page.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:', { timeout: 15_000 });
      return wrap(page);
    },
    errors: () => [...errors],
    clearErrors: () => void (errors = []),
    close: () => browser.close(),
  };
}
