// The built extension in real browsers: content script, popup, the message protocol between them, no errors.
import { describe, expect, it } from 'vitest';
import { useTestBed } from './harness/test-bed.ts';
import { browsers, findTabId } from './harness/browsers.ts';

describe.each(browsers)('foundation in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages', '/demo/': 'src/demo' });

  it('runs the content script on a page from 127.0.0.1 and answers the popup through the message protocol', async () => {
    const page = await bed.session.open(`${bed.origin}/plain-article.html`);
    const title = await page.evaluate(() => document.title);
    const finder = await bed.session.openExtensionPage('popup.html');
    const tabId = await findTabId(finder, title);
    await finder.close();

    const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('.host')?.textContent === '127.0.0.1');
    expect(await popup.evaluate(() => document.querySelector('.brand')?.textContent)).toBe('Backstory');
    await popup.close();
    await page.close();
  });

  it('renders the popup page with every brief', async () => {
    const popup = await bed.session.openExtensionPage('popup.html');
    // Clicked until the view shows: a click before the popup's script has started does nothing.
    await popup.waitFor(() => {
      document.querySelector<HTMLAnchorElement>('#view-briefs')?.click();
      return document.querySelectorAll('[data-brief]').length > 0;
    });
    const count = await popup.evaluate(() => document.querySelectorAll('[data-brief]').length);
    expect(count).toBeGreaterThan(40);
    await popup.close();
  });

  it('logs no error from any page or from the extension', () => {
    expect(bed.session.errors()).toEqual([]);
  });

  it('notices an error that a page logs, so the check above can fail', async () => {
    const page = await bed.session.open(`${bed.origin}/logs-an-error.html`);
    await expect.poll(() => bed.session.errors().join('\n')).toContain('deliberate error from the page');
    bed.session.clearErrors();
    await page.close();
  });
});
