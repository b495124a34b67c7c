import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../../src/build/browsers.ts';
import { watchBrowserLog } from './browser-log.ts';
import { distDir, pageOf, type ExtensionSession, type LaunchOptions, type TestPage } from './session.ts';

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? distDir;
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const logFile = join(profile, 'chromium.log');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      // Console messages, the extension's uncaught errors among them, go to this file (see browser-log.ts).
      '--enable-logging', `--log-file=${logFile}`, '--v=0',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Saved real pages link to other hosts: make those requests fail at once instead of timing out.
      ...(options.proxy
        ? [`--proxy-server=http://${options.proxy}`, '--proxy-bypass-list=<-loopback>']
        : ['--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1']),
    ],
  });
  let errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`${error.message} (${page.url()})`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  worker.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (background)`);
  });
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const log = watchBrowserLog(() => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''), extensionOrigin);

  const wrap = (page: Page): TestPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    mouseMove: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    // Only the tab in front scrolls: the tests' control page may have opened over it.
    bringToFront: () => page.bringToFront(),
    wheel: (deltaX, deltaY) => page.bringToFront().then(() => page.mouse.wheel(deltaX, deltaY)),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    runScript: async (source) => void (await page.evaluate(source)),
    reload: async () => void (await page.reload({ waitUntil: 'domcontentloaded' })),
    close: () => page.close(),
  });

  const session: ExtensionSession = {
    name: 'chromium',
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return pageOf(session, wrap(page));
    },
    async openExtensionPage(path, options) {
      const page = await context.newPage();
      if (options?.beforeScripts) await page.addInitScript(options.beforeScripts);
      await page.goto(`${extensionOrigin}/${path}`);
      return pageOf(session, wrap(page));
    },
    errors: () => [...errors, ...log.errors()],
    clearErrors() {
      errors = [];
      log.clear();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
