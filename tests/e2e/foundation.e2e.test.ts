// The built extension in real browsers: content script, popup, the message protocol between them, no errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';
import { browsers, findTabId } from './harness/browsers.ts';
import type { ExtensionSession } from './harness/session.ts';

describe.each(browsers)('foundation in %s', (_name, launch) => {
  let session: ExtensionSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({ '/': 'tests/fixtures/pages', '/demo/': 'src/demo' });
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs the content script on a page from 127.0.0.1 and answers the popup through the message protocol', async () => {
    const page = await session.open(`${server.origin}/plain-article.html`);
    const title = await page.evaluate(() => document.title);
    const finder = await session.openExtensionPage('popup.html');
    const tabId = await findTabId(finder, title);
    await finder.close();

    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('.host')?.textContent === '127.0.0.1');
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Backstory');
    await popup.close();
    await page.close();
  });

  it('renders the popup page with every brief', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('#tab-all')!.click());
    await popup.waitFor(() => document.querySelectorAll('[data-brief]').length > 0);
    const count = await popup.evaluate(() => document.querySelectorAll('[data-brief]').length);
    expect(count).toBeGreaterThan(40);
    await popup.close();
  });

  it('logs no error from any page or from the extension', () => {
    expect(session.errors()).toEqual([]);
  });

  it('notices an error that a page logs, so the check above can fail', async () => {
    const page = await session.open(`${server.origin}/logs-an-error.html`);
    await expect.poll(() => session.errors().join('\n')).toContain('deliberate error from the page');
    session.clearErrors();
    await page.close();
  });
});
