// The hover card with a real pointer and a real wheel: it follows its name when the page scrolls,
// opens on the next name reached straight through plain text, and takes the background under its name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { readCard, rectOf, waitForScan, writeSettings } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';
import { useTestBed } from './harness/test-bed.ts';

type Box = { top: number; bottom: number; left: number; right: number };
const middle = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Waits for a wheel's scrolling (smooth in Firefox, and late to start) to come to rest away from `from`. */
async function scrollSettles(page: TestPage, from: number, turn?: () => Promise<void>): Promise<number> {
  await turn?.();
  await page.waitFor((start: number) => scrollY !== start, from, 3000);
  let last = await page.evaluate(() => scrollY);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await page.evaluate(() => scrollY);
    if (now === last) return now;
    last = now;
  }
}

/** A pointer moved in a few quick steps, as a hand flicks it, through the plain text between in well under the 300 ms grace. */
async function glide(page: TestPage, from: { x: number; y: number }, to: { x: number; y: number }, steps = 5) {
  for (let i = 1; i <= steps; i++) await page.mouseMove(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
}

describe.each(browsers)('the hover card in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages' });
  beforeEach(() => writeSettings(bed.session, { markEveryMention: true }));
  // Closed even when a test fails: tabs are found by title, and these share theirs.
  let pages: TestPage[] = [];
  const open = async (path: string) => {
    const page = await bed.session.open(`${bed.origin}/${path}`);
    pages.push(page);
    await page.setViewport(1000, 700);
    await waitForScan(bed.session, page);
    return page;
  };
  afterEach(async () => {
    await Promise.all(pages.map((page) => page.close()));
    pages = [];
  });
  const cardName = (page: TestPage) => readCard(bed.session, page).then((card) => card?.name ?? null);
  const poll = { timeout: 5000 };

  /**
   * The card is shown beside the name's line, 8 px below or above it, as when it opened; null when closed.
   * Read between two reads of the name that agree: while the page scrolls, a name read once may have moved since.
   */
  async function besideName(page: TestPage, name: string): Promise<boolean | null> {
    for (;;) {
      const word = await rectOf(page, name);
      const card = await readCard(bed.session, page);
      const again = await rectOf(page, name);
      if (again.top !== word.top || again.left !== word.left) continue;
      if (!card) return null;
      if (overlaps(card.box, word)) return false;
      const gap = card.box.top >= word.bottom ? card.box.top - word.bottom : word.top - card.box.bottom;
      return gap >= 6 && gap <= 10;
    }
  }

  it('moves with its name when the wheel scrolls the page while the pointer stays on the name', async () => {
    const page = await open('card-moves.html');
    const { x, y } = middle(await rectOf(page, 'Vladimir Putin'));
    await page.mouseMove(x, y);
    await expect.poll(() => cardName(page), poll).toBe('Vladimir Putin');

    for (const deltaY of [12, -24, 12]) {
      await scrollSettles(page, await page.evaluate(() => scrollY), () => page.wheel(0, deltaY));
      expect(await besideName(page, 'Vladimir Putin'), `after a wheel of ${deltaY} px`).toBe(true);
    }
  });

  it('never covers its name when the wheel takes the name away from the pointer, and opens again on the next rest', async () => {
    const page = await open('card-moves.html');
    const start = middle(await rectOf(page, 'Vladimir Putin'));
    await page.mouseMove(start.x, start.y);
    await expect.poll(() => cardName(page), poll).toBe('Vladimir Putin');

    for (const deltaY of [300, -200]) {
      const before = await page.evaluate(() => scrollY);
      await page.wheel(0, deltaY);
      // Sampled while the page scrolls and after: shown beside the name, or closed.
      for (let i = 0; i < 6; i++) expect(await besideName(page, 'Vladimir Putin')).not.toBe(false);
      await scrollSettles(page, before);
      await expect.poll(() => besideName(page, 'Vladimir Putin'), poll).not.toBe(false);
    }
    await expect.poll(() => cardName(page), poll).toBeNull();
    const { x, y } = middle(await rectOf(page, 'Vladimir Putin'));
    await page.mouseMove(x, y);
    await expect.poll(() => besideName(page, 'Vladimir Putin'), poll).toBe(true);
  });

  it('opens the next name reached straight through plain text, every time', async () => {
    const page = await open('card-moves.html');
    const putin = middle(await rectOf(page, 'Vladimir Putin'));
    const zelensky = middle(await rectOf(page, 'Volodymyr Zelensky'));
    await page.mouseMove(putin.x, putin.y);
    await expect.poll(() => cardName(page), poll).toBe('Vladimir Putin');

    for (const [from, to, name] of [[putin, zelensky, 'Volodymyr Zelensky'], [zelensky, putin, 'Vladimir Putin'], [putin, zelensky, 'Volodymyr Zelensky'], [zelensky, putin, 'Vladimir Putin']] as const) {
      await glide(page, from, to);
      await expect.poll(() => cardName(page), poll).toBe(name);
    }
  });

  it('is light or dark as the background under its name is, unless the reader chose one', async () => {
    const page = await open('card-backgrounds.html');
    const background = async (name: string) => {
      const { x, y } = middle(await rectOf(page, name));
      await page.mouseMove(x, y);
      await expect.poll(() => cardName(page), poll).toBe(name);
      return (await readCard(bed.session, page))!.background;
    };
    expect(await background('Jared Kushner')).toBe('rgb(31, 33, 36)');
    expect(await background('Steve Witkoff')).toBe('rgb(255, 255, 255)');

    await writeSettings(bed.session, { markEveryMention: true, cardTheme: 'light' });
    await page.mouseMove(1, 1);
    await expect.poll(() => cardName(page), poll).toBeNull();
    expect(await background('Jared Kushner')).toBe('rgb(255, 255, 255)');
  });

  it('says the brief is in English beside a name in another language, naming the language of its passage', async () => {
    const page = await open('other-languages.html');
    const note = async (word: string, name: string) => {
      const { x, y } = middle(await rectOf(page, word));
      await page.mouseMove(x, y);
      await expect.poll(() => readCard(bed.session, page).then((card) => card?.name === name && card.text.includes('Full brief')), poll).toBe(true);
      return /This brief is in English; the page is in [A-Z][a-z]+/.exec((await readCard(bed.session, page))!.text)?.[0] ?? null;
    };
    expect(await note('Jared Kushner', 'Jared Kushner')).toBe('This brief is in English; the page is in Polish');
    expect(await note('Зеленський', 'Volodymyr Zelensky')).toBe('This brief is in English; the page is in Ukrainian');
    expect(await note('Steve Witkoff', 'Steve Witkoff')).toBeNull();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
