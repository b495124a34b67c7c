// Moving between views as a reader does: links, Back (the browser's and ours) with the scroll position,
// reload, focus on the new heading; the search driven from the keyboard; the story; the full-brief tab.
import { describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { clickOn, focused, openPopup, shownDate, textOf } from './harness/popup.ts';
import { useTestBed } from './harness/test-bed.ts';
import type { TestPage } from './harness/session.ts';

const heading = (page: TestPage) => textOf(page, '[data-view-heading]');
const hash = (page: TestPage) => page.evaluate(() => location.hash);
const resultIds = (page: TestPage) => page.evaluate(() => [...document.querySelectorAll('#search-results [role="option"]')].map((o) => o.getAttribute('data-brief')));
const selected = (page: TestPage) => page.evaluate(() => document.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('data-brief'));

describe.each(browsers)('navigating the views in %s', (_name, launch) => {
  const bed = useTestBed(launch, {});

  it('follows links, goes Back to the previous view at its scroll position, and keeps the view on reload', async () => {
    const popup = await openPopup(bed.session, undefined, '#/story');
    await clickOn(popup, '.timeline a[href="#/brief/kupiansk"]');
    await expect.poll(() => heading(popup)).toBe('Kupiansk');
    await expect.poll(() => focused(popup)).toBe('h1:Kupiansk');
    const storyScroll = await popup.evaluate(() => history.state);
    expect(storyScroll.depth).toBe(1);
    await popup.evaluate(() => history.back());
    await expect.poll(() => hash(popup)).toBe('#/story');
    await expect.poll(() => popup.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const scrolled = await popup.evaluate(() => scrollY);
    await popup.evaluate(() => history.forward());
    await expect.poll(() => heading(popup)).toBe('Kupiansk');
    await clickOn(popup, '.back');
    await expect.poll(() => hash(popup)).toBe('#/story');
    await expect.poll(() => popup.evaluate(() => scrollY)).toBe(scrolled);
    await popup.evaluate(() => history.forward());
    await expect.poll(() => heading(popup)).toBe('Kupiansk');
    // A reload from the page itself: Firefox's remote agent never reports an extension page's load as done.
    await popup.evaluate(() => void setTimeout(() => location.reload(), 0));
    await popup.waitFor(() => document.readyState === 'complete' && document.querySelector('[data-view-heading]')?.textContent === 'Kupiansk');
    expect(await heading(popup)).toBe('Kupiansk');
    await popup.close();
  });

  it('searches from the keyboard: box focused on open, typos forgiven, what matched shown, ↑↓ Enter Esc', async () => {
    const popup = await openPopup(bed.session, undefined, '#/briefs');
    expect(await focused(popup)).toBe('input#search:');
    const groups = await popup.evaluate(() => [...document.querySelectorAll('.group h2')].map((h) => h.firstChild?.textContent?.trim()));
    expect(groups).toEqual(['People', 'Places', 'Organisations', 'Documents', 'Events']);
    const people = await popup.evaluate(() => [...document.querySelectorAll('#all-person + ul a')].map((a) => a.textContent!));
    expect(people).toEqual([...people].sort((a, b) => a.localeCompare(b, 'en')));
    for (const [typed, wanted] of [['zelenksy', 'zelensky'], ['pokrovks', 'pokrovsk'], ['kupyansk', 'kupiansk']]) {
      await popup.evaluate(() => document.getElementById('search')!.focus());
      await popup.press('Escape');
      await popup.type(typed!);
      await expect.poll(() => resultIds(popup).then((ids) => ids[0])).toBe(wanted);
    }
    expect(await textOf(popup, '[data-brief="kupiansk"] .line')).toMatch(/Kupyansk/);
    await popup.press('Escape');
    await popup.type('zelenksy');
    await expect.poll(() => selected(popup)).toBe('zelensky');
    expect(await textOf(popup, '#hit-0 .line')).toBe('close to the name “Volodymyr Zelensky”');
    await popup.press('ArrowDown');
    const second = (await resultIds(popup))[1];
    await expect.poll(() => selected(popup)).toBe(second);
    await popup.press('ArrowUp');
    await expect.poll(() => selected(popup)).toBe('zelensky');
    await popup.press('Enter');
    await expect.poll(() => heading(popup)).toBe('Volodymyr Zelensky');
    await popup.evaluate(() => history.back());
    await expect.poll(() => popup.evaluate(() => (document.getElementById('search') as HTMLInputElement | null)?.value)).toBe('zelenksy');
    await popup.evaluate(() => document.getElementById('search')!.focus());
    await popup.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('.group').length)).toBe(5);
    await popup.type('xyzzy');
    await expect.poll(() => textOf(popup, '[data-state="no-match"] p')).toBe('No briefs match ‘xyzzy’.');
    expect(await textOf(popup, '[data-state="no-match"] p + p')).toBe('Check the spelling, or try part of a name. Show all briefs');
    await popup.press('Escape');
    await popup.type('putinnnn');
    await expect.poll(() => textOf(popup, '[data-state="no-match"] p + p')).toBe('Did you mean Vladimir Putin? Show all briefs');
    await clickOn(popup, '[data-state="no-match"] button');
    await expect.poll(() => resultIds(popup).then((ids) => ids[0])).toBe('putin');
    await popup.close();
  });

  it('shows the story summary first, the positions grid, the claims by town and a timeline with year marks', async () => {
    const popup = await openPopup(bed.session, undefined, '#/story');
    expect(await textOf(popup, '.byline')).toMatch(new RegExp(`^${await shownDate(popup, '2025-12-02')} · Source: `));
    expect(await popup.evaluate(() => [...document.querySelectorAll('.positions-grid tbody tr')].map((tr) => tr.querySelectorAll('td').length))).toEqual([4, 4, 4, 4]);
    expect(await popup.evaluate(() => [...document.querySelectorAll('.positions-grid thead a')].map((a) => a.getAttribute('href')))).toEqual(['#/brief/russia', '#/brief/ukraine', '#/brief/united-states', '#/brief/europe']);
    expect(await popup.evaluate(() => [...document.querySelectorAll('.timeline-scale .year')].map((y) => y.textContent))).toEqual(['14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25']);
    expect(await popup.evaluate(() => [...document.querySelectorAll('.story h3 a')].map((a) => a.textContent))).toEqual(['Pokrovsk', 'Vovchansk', 'Kupiansk']);
    const levels = await popup.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1)).toBe(true);
    await clickOn(popup, '.contents a:nth-of-type(3)');
    expect(await focused(popup)).toBe('h2#timeline-heading:Timeline: 2014 to the talks');
    await popup.close();
  });

  it('opens the full brief in a wide tab: an article column, the facts beside it, no page view, no ¶ and no coordinates', async () => {
    const opener = await bed.session.openExtensionPage('options.html');
    await opener.evaluate(async () => {
      type Runtime = { sendMessage(m: object): Promise<unknown> };
      const scope = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
      await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'open-brief', id: 'pokrovsk' });
    });
    // The extension's own pages in tabs, as the extension sees them (tab URLs need the tabs permission).
    const tabUrls = () =>
      opener.evaluate(() => {
        type Extension = { getViews(q: object): Window[] };
        const scope = globalThis as unknown as { browser?: { extension: Extension }; chrome: { extension: Extension } };
        return (scope.browser ?? scope.chrome).extension.getViews({ type: 'tab' }).map((view) => view.location.href);
      });
    await expect.poll(() => tabUrls().then((urls) => urls.some((url) => url.endsWith('/popup.html?full#/brief/pokrovsk')))).toBe(true);
    await opener.close();
    const tab = await bed.session.openExtensionPage('popup.html?full#/brief/pokrovsk');
    await tab.setViewport(1280, 900);
    await tab.waitFor(() => document.querySelector('[data-brief-view="pokrovsk"]') !== null);
    const layout = await tab.evaluate(() => {
      const main = document.querySelector('.brief-main')!.getBoundingClientRect();
      const side = document.querySelector('.brief-side')!.getBoundingClientRect();
      const ch = document.createElement('span');
      ch.style.cssText = 'display:inline-block;width:1ch';
      document.querySelector('.brief-main')!.append(ch);
      const chars = main.width / ch.getBoundingClientRect().width;
      ch.remove();
      return { sideRight: side.left >= main.right, chars };
    });
    expect(layout.sideRight).toBe(true);
    expect(layout.chars).toBeGreaterThan(50);
    expect(layout.chars).toBeLessThanOrEqual(70.5);
    expect(await viewLinks(tab)).toEqual(['#/story', '#/briefs', '#/map']);
    const text = await tab.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Who claims what');
    expect(text).toMatch(new RegExp(`Facts as of ${await shownDate(tab, '2025-12-02')}, (a|\\d+) \\w+ before today`));
    expect(text).toContain('Kremlin Hosts Trump-Backed Negotiators');
    expect(text).not.toContain('¶');
    expect(text).not.toMatch(/\d+\.\d+°/);
    await tab.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});

const viewLinks = (page: TestPage) => page.evaluate(() => [...document.querySelectorAll('.views a')].map((a) => a.getAttribute('href')));
