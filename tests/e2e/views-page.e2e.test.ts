// "On this page" as a reader uses it: what the page is about, names by kind with their counts, Show on page,
// and each state that explains why there is no list, with its next step.
import { beforeEach, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { readCard, writeSettings, waitForScan } from './harness/page-probes.ts';
import { clickOn, openPopup, tabIdOf, textOf } from './harness/popup.ts';
import { useTestBed } from './harness/test-bed.ts';
import type { TestPage } from './harness/session.ts';

const stateOf = (popup: TestPage) => popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? null);

describe.each(browsers)('the page view in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages', '/demo/': 'src/demo' });
  beforeEach(() => writeSettings(bed.session, {}));

  it('says what the page is about and lists its names by kind, with marked and mention counts explained', async () => {
    const page = await bed.session.open(`${bed.origin}/plain-article.html`);
    await waitForScan(bed.session, page);
    const popup = await openPopup(bed.session, await tabIdOf(bed.session, 'Plain article'));
    await popup.waitFor(() => document.querySelectorAll('[data-brief]').length === 5);
    expect(await popup.evaluate(() => [...document.querySelectorAll('.group h2')].map((h) => h.textContent))).toEqual(['People (3)', 'Places (2)']);
    expect(await popup.evaluate(() => [...document.querySelectorAll('[data-brief]')].map((li) => li.getAttribute('data-brief')))).toEqual(['kushner', 'witkoff', 'putin', 'moscow', 'kremlin']);
    const about = await popup.evaluate(() => [...document.querySelectorAll('.about p')].map((p) => p.textContent));
    expect(about[0]).toBe('Plain article');
    // Its headline names Putin, Witkoff and Kushner: the content script finds it about the story.
    expect(about[1]).toBe("About the story Kremlin Hosts Trump-Backed Negotiators for 'Constructive' Ukraine Talks");
    expect(about[2]).toBe('5 names from our briefs');
    // An English page: no word about languages.
    expect(about).toHaveLength(3);
    expect(await textOf(popup, '[data-brief="putin"] .counts')).toMatch(/^\d+ marked · \d+ mentions?$/);
    expect(await textOf(popup, '#counts-help')).toContain('Marked: underlined on the page');
    await popup.close();
    await page.close();
  });

  it('says the briefs are in English on a page in another language, and no more once the page has no language', async () => {
    const page = await bed.session.open(`${bed.origin}/other-languages.html`);
    await waitForScan(bed.session, page);
    const popup = await openPopup(bed.session, await tabIdOf(bed.session, 'Inne języki'));
    const about = () => popup.evaluate(() => [...document.querySelectorAll('.about p')].map((p) => p.textContent));
    await expect.poll(about).toContain('Our briefs are in English; this page is in Polish');
    // The popup asks the page again every 1.5 s.
    await page.evaluate(() => document.documentElement.removeAttribute('lang'));
    await expect.poll(async () => (await about()).some((line) => line?.includes('Polish')), { timeout: 5000 }).toBe(false);
    expect(await about()).toContain('3 names from our briefs');
    await popup.close();
    await page.close();
  });

  it('shows a name on the page: scrolls to its first mark, flashes it and opens its card with focus', async () => {
    const page = await bed.session.open(`${bed.origin}/long-page.html`);
    await waitForScan(bed.session, page);
    const popup = await openPopup(bed.session, await tabIdOf(bed.session, await page.evaluate(() => document.title)));
    await popup.waitFor(() => document.querySelector('[data-brief] .show-on-page') !== null);
    const id = await popup.evaluate(() => document.querySelector('[data-brief]')!.getAttribute('data-brief')!);
    const name = await textOf(popup, `[data-brief="${id}"] .name`);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await clickOn(popup, `[data-brief="${id}"] .show-on-page`);
    await expect.poll(() => textOf(popup, `[data-brief="${id}"] .notice`)).toBe(`${name} is shown on the page.`);
    // The flash blinks (on, off, on…): read it while it is on.
    const flashInView = () =>
      page.evaluate(() => {
        const flash = CSS.highlights.get('backstory-flash') as Highlight | undefined;
        if (!flash) return 'off';
        const range = [...flash][0] as StaticRange;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        const box = live.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight ? 'in view' : 'out of view';
      });
    await expect.poll(flashInView, { interval: 40 }).toBe('in view');
    await expect.poll(() => readCard(bed.session, page).then((card) => card && { name: card.name, focused: card.focused })).toEqual({ name, focused: true });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-flash')), { timeout: 4000 }).toBe(false);
    await popup.close();
    await page.close();
  });

  it('explains "off on this site" and turns it back on from the button; the list follows the switch', async () => {
    const page = await bed.session.open(`${bed.origin}/plain-article.html`);
    await waitForScan(bed.session, page);
    const popup = await openPopup(bed.session, await tabIdOf(bed.session, 'Plain article'));
    await popup.waitFor(() => document.querySelectorAll('[data-brief]').length === 5);
    await clickOn(popup, 'input[name="site"]');
    await expect.poll(() => stateOf(popup)).toBe('off-site');
    expect(await textOf(popup, '[data-state="off-site"] h2')).toBe('Backstory is off on this site');
    await clickOn(popup, '[data-state="off-site"] button');
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('[data-brief]').length), { timeout: 8000 }).toBe(5);
    await writeSettings(bed.session, { enabled: false });
    await expect.poll(() => stateOf(popup)).toBe('off-everywhere');
    await clickOn(popup, '[data-state="off-everywhere"] button');
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('[data-brief]').length), { timeout: 8000 }).toBe(5);
    await popup.close();
    await page.close();
  });

  it('says when a page has no names, and when a tab cannot be read, with links onwards', async () => {
    const page = await bed.session.open(`${bed.origin}/no-names.html`);
    await waitForScan(bed.session, page);
    const popup = await openPopup(bed.session, await tabIdOf(bed.session, 'No names'));
    await expect.poll(() => stateOf(popup)).toBe('no-names');
    expect(await popup.evaluate(() => [...document.querySelectorAll('[data-state] a')].map((a) => a.getAttribute('href')))).toEqual(['#/story', '#/briefs']);
    await popup.close();
    await page.close();

    // An extension page has no content script: the popup opened for its own tab cannot read it.
    const self = await bed.session.openExtensionPage('options.html');
    const ownTab = await self.evaluate(async () => {
      type Tabs = { getCurrent(): Promise<{ id: number }> };
      const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
      return (await (scope.browser ?? scope.chrome).tabs.getCurrent()).id;
    });
    const blind = await openPopup(bed.session, ownTab);
    await expect.poll(() => stateOf(blind)).toBe('unavailable');
    expect(await textOf(blind, '[data-state="unavailable"]')).toContain('reloaded');
    expect(await textOf(blind, '[data-state="unavailable"] button')).toBe('Reload the tab');
    await blind.close();
    await self.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
