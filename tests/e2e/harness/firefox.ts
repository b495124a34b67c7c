import puppeteer, { type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { firefoxPath } from '../../../src/build/browsers.ts';
import { watchBrowserLog } from './browser-log.ts';
import { distDir, pageOf, type ExtensionSession, type LaunchOptions, type TestPage } from './session.ts';

// A fixed moz-extension:// address, so tests can open the popup (see ../shared/notes/browser-testing.md).
const extensionUuid = '6f1b1f9e-3c8a-4d52-9a57-2f1f4c0b7a11';

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? distDir;
  // WebDriver BiDi cannot emulate prefers-color-scheme yet; this preference sets it for the whole session.
  const scheme = options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {};
  const geckoId = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8')).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      // Errors of privileged code, the background page's among them, go to stdout (see browser-log.ts).
      'devtools.console.stdout.chrome': true,
      ...scheme,
      ...(options.proxy ? proxyPrefs(options.proxy) : {}),
    },
  });
  let output = '';
  const readOutput = (chunk: Buffer) => void (output += chunk.toString());
  browser.process()?.stdout?.on('data', readOutput);
  browser.process()?.stderr?.on('data', readOutput);
  const log = watchBrowserLog(() => output, `moz-extension://${extensionUuid}`);
  await browser.installExtension(extensionDir);
  let errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url ?? page.url()})`);
    });
    page.on('pageerror', (error) => errors.push(`${(error as Error).message} (${page.url()})`));
  };

  const wrap = (page: Page): TestPage => ({
    evaluate: (fn, arg) => page.evaluate(portable(fn) as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(portable(fn) as never, { timeout }, arg)),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    mouseMove: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    // Only the tab in front scrolls: the tests' control page may have opened over it.
    bringToFront: () => page.bringToFront(),
    wheel: (deltaX, deltaY) => page.bringToFront().then(() => page.mouse.wheel({ deltaX, deltaY })),
    press: (key) => page.keyboard.press(key as never),
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    async setColorScheme(scheme) {
      if (scheme !== (options.colorScheme ?? 'light')) throw new Error(`this Firefox was launched in the ${options.colorScheme ?? 'light'} theme: launchFirefox({ colorScheme: '${scheme}' })`);
    },
    runScript: async (source) => void (await page.evaluate(source)),
    reload: async () => void (await page.reload({ waitUntil: 'domcontentloaded' })),
    close: () => page.close(),
  });

  const session: ExtensionSession = {
    name: 'firefox',
    async open(url) {
      const page = await browser.newPage();
      watch(page);
      // Now and then Firefox's remote agent answers a navigation with "Address rejected" although the
      // page loads: start it, and wait for the page itself.
      void page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      await waitUntilLoaded(page, url, 'interactive');
      return pageOf(session, wrap(page));
    },
    async openExtensionPage(path, options) {
      // Tried: evaluateOnNewDocument (BiDi preload scripts) does not run in moz-extension:// pages.
      if (options?.beforeScripts) throw new Error('Firefox runs no preload script in extension pages');
      const page = await browser.newPage();
      watch(page);
      // Firefox never reports this navigation as finished although the page loads: wait for the page instead.
      const url = `moz-extension://${extensionUuid}/${path}`;
      void page.goto(url).catch(() => undefined);
      await waitUntilLoaded(page, url, 'complete');
      return pageOf(session, wrap(page));
    },
    errors: () => [...errors, ...log.errors()],
    clearErrors() {
      errors = [];
      log.clear();
    },
    close: () => browser.close(),
  };
  return session;
}

/** Polls rather than waitForFunction, whose evaluation fails when the document is swapped under it. */
async function waitUntilLoaded(page: Page, url: string, state: 'interactive' | 'complete', timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate(([wanted, want]: string[]) => location.href === wanted && (document.readyState === want || document.readyState === 'complete'), [url, state])
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not load in ${timeoutMs} ms`);
}

/** Every request through the proxy, loopback included (Firefox sends none for localhost through a proxy unless told to). */
function proxyPrefs(proxy: string) {
  const [host, port] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host, 'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host, 'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/**
 * Under tsx (the benchmark) esbuild's keepNames wraps inner functions in a __name() helper that exists only in
 * Node; puppeteer sends a function's toString() to the page, so the helper goes along with it.
 */
export function portable(fn: (...args: never[]) => unknown): (...args: never[]) => unknown {
  const source = fn.toString();
  if (!source.includes('__name(')) return fn;
  const withHelper = () => undefined;
  withHelper.toString = () => `function (...args) { const __name = (f) => f; return (${source})(...args); }`;
  return withHelper;
}
