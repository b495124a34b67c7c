// The options page as a reader uses it: click, type, read what is shown and what is stored; open tabs follow.
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, settingsVersion } from '../../src/shared/settings.ts';
import { auditPage } from './harness/axe.ts';
import { browsers } from './harness/browsers.ts';
import { commandKeys, readCard, readHighlights, rectOf, storedSettings, waitForScan, writeSettings } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';
import { useTestBed } from './harness/test-bed.ts';

const openOptions = async (open: (path: string) => Promise<TestPage>) => {
  const page = await open('options.html');
  await page.waitFor(() => document.querySelector('input[name="enabled"]') !== null);
  return page;
};
/** Runs before the page's scripts: its first storage.local.get answers a second late. */
function slowFirstRead() {
  type Local = { get(...args: unknown[]): Promise<unknown> };
  const scope = globalThis as unknown as { browser?: { storage: { local: Local } }; chrome?: { storage: { local: Local } } };
  const local = (scope.browser ?? scope.chrome)!.storage.local;
  const get = local.get.bind(local);
  let first = true;
  local.get = (...args) => {
    if (!first) return get(...args);
    first = false;
    return new Promise((resolve) => setTimeout(resolve, 1000)).then(() => get(...args));
  };
}
const textOf = (page: TestPage, selector: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);
const selectAllAndType = async (page: TestPage, selector: string, typed: string) => {
  await page.click(selector);
  await page.evaluate((s: string) => document.querySelector<HTMLInputElement>(s)!.select(), selector);
  await page.press('Backspace');
  if (typed) await page.type(typed);
};

describe.each(browsers)('options page in %s', (name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages' });
  const open = (path: string) => bed.session.openExtensionPage(path);
  beforeEach(() => writeSettings(bed.session, {}));

  it('shows the stored settings, migrated from the old shape, with kinds as whole words', async () => {
    await writeSettings(bed.session, { markEveryMention: true, disabledSites: ['b.example', 'a.example'], kinds: { place: false } });
    const page = await openOptions(open);
    const shown = await page.evaluate(() => ({
      every: document.querySelector<HTMLInputElement>('input[name="mode"][value="every"]')!.checked,
      places: document.querySelector<HTMLInputElement>('input[name="kind-place"]')!.checked,
      mode: document.querySelector<HTMLInputElement>('input[name="site-mode"]:checked')!.value,
      sites: [...document.querySelectorAll('[data-sites] li span')].map((li) => li.textContent),
      kinds: [...document.querySelectorAll('.kind-sample')].map((el) => el.textContent),
    }));
    expect(shown).toEqual({ every: true, places: false, mode: 'except-listed', sites: ['a.example', 'b.example'], kinds: ['People', 'Places', 'Organisations', 'Documents', 'Events'] });
    await page.close();
  });

  it('keeps the stored site list when a control is clicked the moment the page opens', async () => {
    await writeSettings(bed.session, { disabledSites: ['a.example', 'b.example'] });
    // The page's first read of storage takes a second, as on a busy machine; the reader clicks at once.
    // Firefox runs no script before an extension page's own: there the click is only as early as the harness can be.
    const page = await bed.session.openExtensionPage('options.html', name === 'chromium' ? { beforeScripts: slowFirstRead } : {});
    await page.click('input[name="mode"][value="every"]');
    await expect.poll(() => storedSettings(page)).toMatchObject({ version: settingsVersion, markEveryMention: true, siteMode: 'except-listed', offSites: ['a.example', 'b.example'] });
    await page.close();
  });

  it('merges a change with one another page made meanwhile', async () => {
    const options = await openOptions(open);
    const other = await openOptions(open);
    await other.click('input[name="site-mode"][value="only-listed"]');
    await expect.poll(() => storedSettings(options)).toMatchObject({ siteMode: 'only-listed' });
    await options.click('input[name="kind-event"]');
    await expect.poll(() => storedSettings(other)).toMatchObject({ siteMode: 'only-listed', kinds: { event: false } });
    await other.close();
    await options.close();
  });

  it('saves a typed delay, and rejects an empty or broken one with a message instead of saving 0', async () => {
    const page = await openOptions(open);
    await selectAllAndType(page, 'input[name="delay"]', '750');
    await page.press('Enter');
    await expect.poll(() => storedSettings(page).then((s) => s?.hoverDelayMs)).toBe(750);

    await selectAllAndType(page, 'input[name="delay"]', '');
    await expect.poll(() => textOf(page, '#delay-error')).toBe('The delay is empty. Type a delay from 0 to 2,000 milliseconds.');
    expect(await page.evaluate(() => document.querySelector('input[name="delay"]')!.getAttribute('aria-invalid'))).toBe('true');
    await selectAllAndType(page, 'input[name="delay"]', '5000');
    await expect.poll(() => textOf(page, '#delay-error')).toBe('5000 is out of range. Type a delay from 0 to 2,000 milliseconds.');
    await page.press('Tab');
    expect((await storedSettings(page))?.hoverDelayMs).toBe(750);

    await page.close();
    const again = await openOptions(open);
    expect(await again.evaluate(() => document.querySelector<HTMLInputElement>('input[name="delay"]')!.value)).toBe('750');
    await again.close();
  });

  it('adds a site by name, refuses what is not one, and removes it again', async () => {
    const page = await openOptions(open);
    await page.click('input[name="site-mode"][value="except-listed"]');
    await page.waitFor(() => document.querySelector('input[name="site"]') !== null);
    await page.click('input[name="site"]');
    await page.type('https://News.Example.com/today');
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('[data-sites] li span')?.textContent === 'news.example.com');
    await page.type('not a site');
    await page.press('Enter');
    await expect.poll(() => textOf(page, '#site-error')).toBe('“not a site” is not a site name. Type one such as example.com.');
    expect((await storedSettings(page))?.offSites).toEqual(['news.example.com']);

    await page.click('button[aria-label="Remove news.example.com"]');
    await expect.poll(() => storedSettings(page).then((s) => s?.offSites)).toEqual([]);
    expect(await textOf(page, '.site-list')).toContain('No sites listed yet.');
    await page.close();
  });

  it('reaches an open tab at once: a kind, the global switch, a listed site', async () => {
    const article = await bed.session.open(`${bed.origin}/calm-sections.html`);
    await waitForScan(bed.session, article);
    expect(await readHighlights(article)).toHaveLength(4);
    const page = await openOptions(open);

    await page.click('input[name="kind-person"]');
    await expect.poll(() => readHighlights(article)).toEqual([]);
    await page.click('input[name="kind-person"]');
    await expect.poll(() => readHighlights(article)).toHaveLength(4);

    await page.click('input[name="enabled"]');
    await expect.poll(() => article.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.click('input[name="enabled"]');
    await expect.poll(() => readHighlights(article)).toHaveLength(4);

    await page.click('input[name="site-mode"][value="only-listed"]');
    await expect.poll(() => article.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.click('input[name="site"]');
    await page.type('127.0.0.1');
    await page.press('Enter');
    await expect.poll(() => readHighlights(article)).toHaveLength(4);
    await page.close();
    await article.close();
  });

  it('draws the card in the chosen theme, or as the page is', async () => {
    const article = await bed.session.open(`${bed.origin}/plain-article.html`);
    await waitForScan(bed.session, article);
    const cardShade = async () => {
      await article.mouseMove(0, 0);
      await expect.poll(() => readCard(bed.session, article)).toBeNull();
      const word = await rectOf(article, 'Moscow');
      await article.mouseMove((word.left + word.right) / 2, (word.top + word.bottom) / 2);
      await expect.poll(() => readCard(bed.session, article).then((card) => card?.name)).toBe('Moscow');
      return (await readCard(bed.session, article))!.background;
    };
    expect(await cardShade()).toBe('rgb(255, 255, 255)');
    // The options page is closed before each hover: Firefox moves the mouse only in the tab in front.
    const choose = async (theme: string) => {
      const page = await openOptions(open);
      await page.click(`input[name="theme"][value="${theme}"]`);
      await expect.poll(() => storedSettings(page).then((s) => s?.cardTheme)).toBe(theme);
      await page.close();
    };
    await choose('dark');
    expect(await cardShade()).toBe('rgb(31, 33, 36)');
    await choose('page');
    expect(await cardShade()).toBe('rgb(255, 255, 255)');
    await article.evaluate(() => void (document.body.style.background = 'rgb(20, 20, 20)'));
    expect(await cardShade()).toBe('rgb(31, 33, 36)');
    await article.close();
  });

  it('lists the shortcuts with their keys as the browser has them, saying when one is not set', async () => {
    const page = await openOptions(open);
    await page.waitFor(() => document.querySelector('[data-command="next-mention"]') !== null);
    const keys = await commandKeys(page, 'next-mention');
    expect(await textOf(page, '[data-command="next-mention"] dd')).toBe(keys || 'Not set');
    expect(await textOf(page, '[data-command="next-mention"] dt')).toBe('Go to the next marked name on the page and show its card');
    const how = await textOf(page, '.how');
    expect(how).toContain('chrome://extensions/shortcuts');
    expect(how).toContain('about:addons');
    await page.close();
  });

  it('resets every setting to its default, and undoes the reset', async () => {
    await writeSettings(bed.session, { markEveryMention: true, disabledSites: ['a.example'], hoverDelayMs: 900 });
    const page = await openOptions(open);
    await page.click('button[name="reset"]');
    await expect.poll(() => storedSettings(page)).toEqual({ ...defaultSettings, version: settingsVersion });
    await page.waitFor(() => document.querySelector<HTMLInputElement>('input[name="delay"]')?.value === '300');
    expect(await textOf(page, '.status')).toContain('Every setting is back to its default.');

    await page.click('button[name="undo"]');
    await expect.poll(() => storedSettings(page)).toMatchObject({ markEveryMention: true, offSites: ['a.example'], hoverDelayMs: 900 });
    await page.close();
  });

  it('passes axe in the light theme, with a screenshot', async () => {
    await writeSettings(bed.session, { disabledSites: ['news.example.com'] });
    const page = await openOptions(open);
    await page.waitFor(() => document.querySelector('[data-command]') !== null);
    expect(await auditPage(page, 'options', name, 'light')).toEqual([]);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors().join('\n')).toBe(''));
});
