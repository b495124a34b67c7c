// Chromium for the benchmark, with the recipe of tests/e2e/harness/chromium.ts: with a given dist/
// loaded, or plain (no extension) for the floor, the heap baseline and mark.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../../src/build/browsers.ts';

export interface BenchBrowser {
  context: BrowserContext;
  /** Errors the pages and the extension logged. */
  errors: string[];
  close(): Promise<void>;
}

const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `dist`: the extension to load, or undefined for a plain browser. */
export async function launch(dist?: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const extension = dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...extension, ...flags],
  });
  // tsx compiles with esbuild's keepNames, which wraps functions inside page.evaluate() callbacks in
  // a __name() helper that exists only in Node: give the pages a no-op one.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`)));
    page.on('pageerror', (e) => errors.push(e.message));
  });
  if (dist) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }).catch(() => context.serviceWorkers()[0]));
    if (!worker) throw new Error(`the extension in ${dist} started no service worker`);
    worker.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.text()} (background)`)));
  }
  return {
    context,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function chromiumVersion(context: BrowserContext): string {
  return context.browser()?.version() ?? 'unknown';
}
