// What a reader does: change settings with tabs open, read a page that changes, rest the pointer on a
// name, use the keyboard shortcut, look at the badge and the popup.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestBed } from './harness/test-bed.ts';
import { browsers, findTabId } from './harness/browsers.ts';
import { badgeText, sendNextMention } from './harness/extension-calls.ts';
import { hoverName, readCard, readHighlights, rectOf, waitForScan, writeSettings } from './harness/page-probes.ts';
import { shownDate } from './harness/popup.ts';

describe.each(browsers)('behaviour in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages', '/demo/': 'src/demo' });
  beforeEach(() => writeSettings(bed.session, {}));

  it('applies settings to an open tab at once, with no reload', async () => {
    const page = await bed.session.open(`${bed.origin}/calm-sections.html`);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toHaveLength(4);

    await writeSettings(bed.session, { markEveryMention: true });
    await expect.poll(() => readHighlights(page)).toHaveLength(8);
    await writeSettings(bed.session, { markEveryMention: true, kinds: { person: false } });
    await expect.poll(() => readHighlights(page)).toEqual([]);
    await writeSettings(bed.session, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await writeSettings(bed.session, { enabled: false });
    await expect.poll(() => readHighlights(page)).toEqual([]);
    await writeSettings(bed.session, {});
    await expect.poll(() => readHighlights(page)).toHaveLength(4);
    await page.close();
  });

  it('turns off on the site from the popup, at once, and back on', async () => {
    const page = await bed.session.open(`${bed.origin}/plain-article.html`);
    await waitForScan(bed.session, page);
    const finder = await bed.session.openExtensionPage('options.html');
    const tabId = await findTabId(finder, 'Plain article');
    await finder.close();
    const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('input[name="site"]') !== null);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="site"]')!.click());
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="site"]')!.click());
    await expect.poll(() => readHighlights(page)).toHaveLength(5);
    await popup.close();
    await page.close();
  });

  it('falls back to the default settings when the stored ones are corrupt', async () => {
    await writeSettings(bed.session, { enabled: 'maybe', kinds: 'all of them', hoverDelayMs: 'soon', disabledSites: 42 });
    const page = await bed.session.open(`${bed.origin}/calm-sections.html`);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toHaveLength(4);
    await page.close();
  });

  it('follows a page that changes: added, edited and removed text', async () => {
    await writeSettings(bed.session, { markEveryMention: true });
    const page = await bed.session.open(`${bed.origin}/changing-page.html`);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toEqual([['place', 'Kyiv'], ['person', 'Putin']]);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.append('Later, ', Object.assign(document.createElement('b'), { textContent: 'Volodymyr' }), ' Zelensky arrived.');
      document.getElementById('feed')!.append(p);
    });
    await expect.poll(() => readHighlights(page)).toEqual([['place', 'Kyiv'], ['person', 'Putin'], ['person', 'Volodymyr Zelensky']]);

    await page.evaluate(() => void (document.getElementById('second')!.firstChild!.textContent = 'Macron is in the second paragraph now.'));
    await expect.poll(() => readHighlights(page)).toEqual([['place', 'Kyiv'], ['person', 'Macron'], ['person', 'Volodymyr Zelensky']]);

    await page.evaluate(() => document.getElementById('first')!.remove());
    await expect.poll(() => readHighlights(page)).toEqual([['person', 'Macron'], ['person', 'Volodymyr Zelensky']]);
    await page.close();
  });

  it('reads a page that opens scrolled down from the text in view, then the rest, each mention once', async () => {
    await writeSettings(bed.session, { markEveryMention: true });
    const page = await bed.session.open(`${bed.origin}/long-page.html#middle`);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toEqual(Array.from({ length: 30 }, () => ['place', 'Pokrovsk']));
    // The registry keeps the order of registration: the first range registered is one the scan read first, in view.
    const registered = () =>
      page.evaluate(() => [...(CSS.highlights.get('backstory-place') ?? [])].map((r) => Number(r.startContainer.parentElement!.textContent!.match(/\d+/)![0])));
    await expect.poll(() => registered().then((numbers) => numbers.length)).toBeGreaterThan(0);
    const numbers = await registered();
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers[0]).toBeGreaterThan(100);
    // Only what is within two viewports of the middle of the page: not its top.
    expect(numbers).not.toContain(10);
    await page.close();
  });

  it('opens a card when the pointer rests on a name, beside the name, and closes it on Esc', async () => {
    const page = await bed.session.open(`${bed.origin}/demo/`);
    await waitForScan(bed.session, page);
    const name = await rectOf(page, 'Pokrovsk');
    await page.evaluate((top: number) => scrollTo(0, scrollY + top - 200), name.top);
    const { card, name: word } = await hoverName(bed.session, page, 'Pokrovsk');
    expect(card.text).toContain('Russian Armed Forces');
    expect(card.text).toContain('Facts as of');
    const overlaps = card.box.left < word.right && card.box.right > word.left && card.box.top < word.bottom && card.box.bottom > word.top;
    expect(overlaps).toBe(false);
    if (bed.session.name === 'chromium') await page.screenshot('tests/screenshots/hover-card.png');

    await page.press('Escape');
    await expect.poll(() => readCard(bed.session, page)).toBeNull();
    await page.close();
  });

  it('moves to the next mention and opens its card with focus, as the keyboard shortcut does', async () => {
    const page = await bed.session.open(`${bed.origin}/plain-article.html`);
    await waitForScan(bed.session, page);
    expect(await sendNextMention(page)).toBe(true);
    await expect.poll(() => readCard(bed.session, page).then((card) => card?.name)).toBe('Moscow');
    expect((await readCard(bed.session, page))!.focused).toBe(true);
    expect(await sendNextMention(page)).toBe(true);
    await expect.poll(() => readCard(bed.session, page).then((card) => card?.name)).toBe('Vladimir Putin');
    await page.close();
  });

  it('walks the names of a frame after those of the page, as the shortcut does across frames', async () => {
    await writeSettings(bed.session, { markEveryMention: true });
    const page = await bed.session.open(`${bed.origin}/shadow-and-frame.html`);
    await waitForScan(bed.session, page);
    await waitForScan(bed.session, page, '#frame');
    const frameUrl = await page.evaluate(() => (document.querySelector('#frame') as HTMLIFrameElement).contentWindow!.location.href);
    const names: string[] = [];
    while (await sendNextMention(page)) names.push((await readCard(bed.session, page))?.name ?? '');
    expect(names).toHaveLength(2);
    // At the page's last name the card closes; the background goes on in the frame, from its first.
    expect(await readCard(bed.session, page)).toBeNull();
    expect(await sendNextMention(page, 'start', frameUrl)).toBe(true);
    await expect.poll(() => readCard(bed.session, page, frameUrl).then((card) => card?.name)).toBe('Crimea');
    expect(await sendNextMention(page, 'current', frameUrl)).toBe(false);
    await page.close();
  });

  it('shows on the badge how many entities the page mentions, and lists them in the popup', async () => {
    const page = await bed.session.open(`${bed.origin}/plain-article.html`);
    await waitForScan(bed.session, page);
    await expect.poll(() => badgeText(bed.session, 'Plain article')).toBe('5');

    const finder = await bed.session.openExtensionPage('options.html');
    const tabId = await findTabId(finder, 'Plain article');
    await finder.close();
    const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelectorAll('[data-brief]').length > 0);
    const listed = await popup.evaluate(() => [...document.querySelectorAll('[data-brief]')].map((li) => li.getAttribute('data-brief')));
    expect(listed).toEqual(['kushner', 'witkoff', 'putin', 'moscow', 'kremlin']);
    if (bed.session.name === 'chromium') {
      await popup.setViewport(400, 560);
      await popup.screenshot('tests/screenshots/popup.png');
    }
    await popup.close();
    await page.close();
  });

  it('shows a full brief page with the claims of each side', async () => {
    const page = await bed.session.openExtensionPage('popup.html?full#/brief/pokrovsk');
    await page.waitFor(() => document.querySelector('[data-brief-view="pokrovsk"]') !== null);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Who claims what');
    expect(text).toContain(`Facts as of ${await shownDate(page, '2025-12-02')}`);
    await page.close();
  });

  it('copes with a hostile page: deep nesting, a giant text node, endless changes, broken globals', async () => {
    await writeSettings(bed.session, { markEveryMention: true });
    const page = await bed.session.open(`${bed.origin}/hostile.html`);
    await waitForScan(bed.session, page);
    await expect.poll(() => readHighlights(page).then((h) => h.map(([, text]) => text).sort())).toEqual(expect.arrayContaining(['Crimea', 'Kyiv', 'Putin', 'Zelensky']));
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(1000);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
