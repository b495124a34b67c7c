// Frames of every kind (srcdoc, about:blank written by the page, nested, sandboxed, a frameset) and
// shadow roots (declarative, open, nested, closed, added later): each is marked where Backstory can
// see it, counted in the page report, and the page's DOM is as without Backstory.
import { describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { askTab, pageReport } from './harness/extension-calls.ts';
import { readCard, readHighlightTexts, waitForScan } from './harness/page-probes.ts';
import { pageDom, withoutBackstory } from './harness/page-state.ts';
import type { TestPage } from './harness/session.ts';
import type { ScanStats } from '../../src/shared/messages.ts';
import { useHostileBed } from './harness/hostile-bed.ts';

const settings = { markEveryMention: true };
const texts = readHighlightTexts;

describe.each(browsers)('frames and shadow roots in %s', (_name, launch) => {
  const bed = useHostileBed(launch, settings);

  it('srcdoc, about:blank, nested and sandboxed frames: each marked, all counted', async () => {
    const url = `${bed.origin}/frames.html`;
    const page = await bed.session.open(url);
    await waitForScan(bed.session, page);
    expect(await texts(page)).toEqual(['Kushner']);
    await expect.poll(() => texts(page, '#srcdoc')).toEqual(['Pokrovsk']);
    await expect.poll(() => texts(page, '#blank')).toEqual(['Vovchansk']);
    await expect.poll(() => texts(page, '#late')).toEqual(['Witkoff']);
    await expect.poll(() => texts(page, '#nested')).toEqual(['Ushakov']);
    await expect.poll(() => texts(page, '#nested >> #inner')).toEqual(['Kupiansk']);
    // The sandboxed frame's origin is opaque: the page cannot look in, the extension can.
    const sandboxed = () => askTab<ScanStats | null>(bed.session, 'Frames', { type: 'get-scan-stats', url: `${bed.origin}/frame-sandboxed.html` });
    await expect.poll(() => sandboxed().then((stats) => stats?.marks)).toBe(1);
    await expect
      .poll(async () => (await pageReport(bed.session, 'Frames')).mentions.map((m) => m.id).sort())
      .toEqual(['crimea', 'kupiansk', 'kushner', 'pokrovsk', 'ushakov', 'vovchansk', 'witkoff']);
    const dom = await pageDom(page);
    await page.close();
    const filled = () => document.readyState === 'complete' && !!(document.getElementById('late') as HTMLIFrameElement).contentDocument?.body.firstChild;
    expect(dom).toBe((await withoutBackstory(bed, url, settings, (plain) => plain.waitFor(filled))).dom);
  });

  it('a card in a srcdoc frame smaller than the card opens on the pointer, stays, and closes when the pointer leaves the frame', async () => {
    const page = await bed.session.open(`${bed.origin}/frames.html`);
    await waitForScan(bed.session, page);
    await expect.poll(() => texts(page, '#srcdoc')).toEqual(['Pokrovsk']);
    const point = await page.evaluate(() => {
      const frame = document.getElementById('srcdoc') as HTMLIFrameElement;
      const text = frame.contentDocument!.querySelector('p')!.firstChild!;
      const range = frame.contentDocument!.createRange();
      range.setStart(text, text.textContent!.indexOf('Pokrovsk'));
      range.setEnd(text, text.textContent!.indexOf('Pokrovsk') + 8);
      const name = range.getClientRects()[0]!;
      const box = frame.getBoundingClientRect();
      return { x: box.left + frame.clientLeft + (name.left + name.right) / 2, y: box.top + frame.clientTop + (name.top + name.bottom) / 2 };
    });
    await page.mouseMove(point.x, point.y);
    await expect.poll(() => readCard(bed.session, page, 'about:srcdoc').then((card) => card?.name), { timeout: 5000 }).toBe('Pokrovsk');
    await page.mouseMove(900, 780);
    await expect.poll(() => readCard(bed.session, page, 'about:srcdoc')).toBeNull();
    await page.close();
  });

  it('a frameset: each frame marked', async () => {
    const page = await bed.session.open(`${bed.origin}/frameset.html`);
    await expect.poll(() => texts(page, '#top-frame')).toEqual(['Kupiansk']);
    await expect.poll(() => texts(page, '#bottom-frame')).toEqual(['Ushakov']);
    await expect.poll(() => texts(page, '#bottom-frame >> #inner')).toEqual(['Kupiansk']);
    await page.close();
  });

  it('shadow roots: open ones marked (declarative, nested, added later), closed ones left alone, none restyled', async () => {
    const url = `${bed.origin}/shadow-roots.html`;
    const addLater = (page: TestPage) => page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
    const page = await bed.session.open(url);
    await waitForScan(bed.session, page);
    expect((await texts(page)).sort()).toEqual(['Kushner', 'Macron', 'Pokrovsk', 'Witkoff']);
    await addLater(page);
    await expect.poll(async () => (await texts(page)).sort()).toEqual(['Kupiansk', 'Kushner', 'Macron', 'Pokrovsk', 'Witkoff']);
    const dom = await pageDom(page);
    await page.close();
    expect(dom).toBe((await withoutBackstory(bed, url, settings, addLater)).dom);
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
