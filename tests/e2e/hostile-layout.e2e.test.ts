// Hostile layouts: CSS aimed at the card, zoom and transforms on html and body, vertical and
// right-to-left text, a modal dialog, a cookie overlay and a fullscreen element, SVG. The card opens
// next to its name and on top of everything; the page's DOM is as without Backstory.
import { describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { hoverName, readCard, readHighlightTexts, waitForScan } from './harness/page-probes.ts';
import { pageDom, withoutBackstory } from './harness/page-state.ts';
import { paintedAt } from './harness/screen-pixels.ts';
import type { TestPage } from './harness/session.ts';
import { useHostileBed } from './harness/hostile-bed.ts';

const settings = { markEveryMention: true };
const texts = (page: TestPage) => readHighlightTexts(page);
type Box = { top: number; bottom: number; left: number; right: number };

/** The card touches its name's line (above or below it, or beside a vertical one) and overlaps it across. */
function expectNextTo(card: Box, name: Box) {
  const gap = Math.max(card.top - name.bottom, name.top - card.bottom, card.left - name.right, name.left - card.right);
  expect(gap, JSON.stringify({ card, name })).toBeLessThanOrEqual(24);
  expect(card.bottom - card.top).toBeGreaterThan(40);
}

/**
 * What the page's own hit-testing finds at the card's middle: the card's host (a plain div under
 * <html>, or inside an open modal dialog or fullscreen element) when the card is on top and can be clicked.
 */
const topmostAt = (page: TestPage, box: Box) =>
  page.evaluate(({ x, y }: { x: number; y: number }) => {
    const hit = document.elementFromPoint(x, y);
    const parent = hit?.parentElement;
    const hostParent = parent === document.documentElement || parent?.matches(':modal, :fullscreen');
    return hit?.localName === 'div' && !hit.id && hostParent ? 'the card' : (hit?.id || hit?.localName || 'nothing');
  }, { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

describe.each(browsers)('hostile layouts in %s', (_name, launch) => {
  const bed = useHostileBed(launch, settings);

  it('CSS aimed at the card (all: unset, display: none on its likely names): it shows, on top, and goes', async () => {
    const url = `${bed.origin}/card-css.html`;
    const page = await bed.session.open(url);
    await waitForScan(bed.session, page);
    expect(await texts(page)).toEqual(['Pokrovsk', 'Witkoff', 'Moscow']);
    const { card, name } = await hoverName(bed.session, page, 'Pokrovsk');
    expectNextTo(card.box, name);
    expect(await topmostAt(page, card.box)).toBe('the card');
    await page.press('Escape');
    await expect.poll(() => readCard(bed.session, page)).toBeNull();
    const dom = await pageDom(page);
    await page.close();
    expect(dom).toBe((await withoutBackstory(bed, url, settings, async () => undefined)).dom);
  });

  it.each(['html-zoom', 'body-zoom', 'html-transform', 'body-transform'])('with %s the card lands next to its name', async (variant) => {
    const page = await bed.session.open(`${bed.origin}/transformed.html?${variant}`);
    await waitForScan(bed.session, page);
    const { card, name } = await hoverName(bed.session, page, 'Vovchansk');
    expectNextTo(card.box, name);
    expect(await topmostAt(page, card.box)).toBe('the card');
    await page.close();
  });

  it('vertical and right-to-left text: every name marked, its card next to it', async () => {
    const page = await bed.session.open(`${bed.origin}/writing-modes.html`);
    await waitForScan(bed.session, page);
    expect(await texts(page)).toEqual(['Zelensky', 'Macron', 'Kyiv', 'Putin', 'Witkoff', 'Pokrovsk', 'Kupiansk', 'Kushner']);
    for (const name of ['Zelensky', 'Putin', 'Kupiansk']) {
      const hovered = await hoverName(bed.session, page, name);
      expectNextTo(hovered.card.box, hovered.name);
      await page.mouseMove(1000, 790);
      await expect.poll(() => readCard(bed.session, page)).toBeNull();
    }
    await page.close();
  });

  it('a cookie overlay, a modal dialog and a fullscreen element: the card is painted above each, and reachable', async () => {
    const page = await bed.session.open(`${bed.origin}/overlays.html`);
    await waitForScan(bed.session, page);
    const cases: [string, string, () => Promise<unknown>][] = [
      ['Ushakov', 'cookies', () => page.evaluate(() => document.getElementById('cookies')!.removeAttribute('hidden'))],
      ['Kupiansk', 'dialog', () => page.evaluate(() => document.querySelector('dialog')!.showModal())],
      ['Pokrovsk', 'fullscreen', async () => {
        await page.click('#go-full');
        await page.waitFor(() => document.fullscreenElement?.id === 'stage');
      }],
    ];
    for (const [name, what, cover] of cases) {
      await cover();
      const { card } = await hoverName(bed.session, page, name);
      // In the card's padding, left of its text: its own background, not what it is above.
      expect(await paintedAt(page, card.box.left + 4, (card.box.top + card.box.bottom) / 2), what).toBe(card.background);
      expect(await topmostAt(page, card.box), what).toBe('the card');
      await page.press('Escape');
      await expect.poll(() => readCard(bed.session, page)).toBeNull();
      await page.evaluate(() => {
        document.getElementById('cookies')!.setAttribute('hidden', '');
        document.querySelector('dialog')!.close();
      });
    }
    await page.close();
  });

  it('SVG: text inside a drawing is left alone, the text around it is marked; an SVG document is left alone', async () => {
    const page = await bed.session.open(`${bed.origin}/svg-text.html`);
    await waitForScan(bed.session, page);
    expect(await texts(page)).toEqual(['Moscow', 'Kyiv']);
    await page.close();
    const drawing = await bed.session.open(`${bed.origin}/standalone.svg`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await drawing.evaluate(() => [document.documentElement.localName, CSS.highlights.size])).toEqual(['svg', 0]);
    await drawing.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
