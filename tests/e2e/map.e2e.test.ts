// The map (src/ui/map/) in the popup's #/map route and a brief's locator, in real browsers: every place drawn
// and named, labels clear of each other, a place chosen by keyboard or pointer opens its brief, the zoomed map
// of a brief, targets of 24 x 24 px. axe runs on both views in views-a11y.e2e.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { compileSeeds } from '../../src/build/compile-seeds.ts';
import { readSeeds } from '../../src/build/read-seeds.ts';
import { browsers } from './harness/browsers.ts';
import { drawnPlaces, focusedPlace, openedBrief, openMap, overlap, tabToMap } from './harness/map-probes.ts';
import type { TestPage } from './harness/session.ts';
import { useTestBed } from './harness/test-bed.ts';

const bundle = compileSeeds(readSeeds('seeds')).bundle;
const placeIds = bundle.briefs.filter((b) => b.place).map((b) => b.id);
const contestedIds = bundle.stories.flatMap((s) => s.contested.map((c) => c.place)).sort();

describe.each(browsers)('the map in %s', (_name, launch) => {
  const bed = useTestBed(launch, {});
  let page: TestPage | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('draws every place of the seeds inside the map, contested towns as their own shape, each named', async () => {
    page = await openMap(bed.session);
    const { svg, places } = await drawnPlaces(page);
    expect(places.map((p) => p.id).sort()).toEqual(placeIds);
    expect(places.filter((p) => p.classes.includes('contested')).map((p) => p.id).sort()).toEqual(contestedIds);
    for (const p of places) {
      const cx = p.mark.x + p.mark.w / 2;
      const cy = p.mark.y + p.mark.h / 2;
      expect(cx >= svg.x && cx <= svg.x + svg.width && cy >= svg.y && cy <= svg.y + svg.height, p.id).toBe(true);
      expect(p.name.startsWith(bundle.briefs.find((b) => b.id === p.id)!.name), p.id).toBe(true);
    }
    expect(places.find((p) => p.id === 'pokrovsk')!.name).toBe('Pokrovsk, contested');
    expect(places.find((p) => p.id === 'washington')!.name).toBe('Washington, D.C., beyond the map to the north-west');
    const list = await page.evaluate(() => [...document.querySelectorAll('.map-places button')].map((b) => b.textContent));
    expect(list).toHaveLength(placeIds.length);
  });

  it('keeps the labels it shows clear of each other and inside the map, wide and at the popup width', async () => {
    page = await openMap(bed.session);
    let before = 0;
    for (const width of [1100, 400]) {
      await page.setViewport(width, 800);
      // Until the map has been drawn again for its new width.
      await page.waitFor((previous: number) => {
        const svg = document.querySelector<SVGSVGElement>('.place-map svg')!;
        const drawn = svg.getBoundingClientRect().width;
        return Math.abs(drawn - previous) > 1 && Math.abs(svg.viewBox.baseVal.width - drawn) < 1.5;
      }, before);
      before = (await drawnPlaces(page)).svg.width;
      const { svg, places } = await drawnPlaces(page);
      const shown = places.filter((p) => !p.onDemand);
      const clashes: string[] = [];
      for (const [i, a] of shown.entries()) {
        // Firefox's text boxes take the font's whole line height: a sliver of overlap there is no clash.
        for (const b of shown.slice(i + 1)) if (overlap(a.label, b.label) > 0.15 * Math.min(a.label.w * a.label.h, b.label.w * b.label.h)) clashes.push(`${a.id} / ${b.id}`);
        expect(a.label.x >= svg.x - 1 && a.label.x + a.label.w <= svg.x + svg.width + 1, `${a.id} label inside at ${width}`).toBe(true);
      }
      expect(clashes, `at ${width} px`).toEqual([]);
      expect(shown.length, `labels shown at ${width} px`).toBeGreaterThanOrEqual(width > 1000 ? placeIds.length - 2 : placeIds.length / 2);
      expect(shown.map((p) => p.id)).toEqual(expect.arrayContaining(contestedIds));
    }
  });

  it('shows a label that had no room while its place has keyboard focus', async () => {
    page = await openMap(bed.session);
    await page.setViewport(400, 800);
    await page.waitFor(() => [...document.querySelectorAll('.place-map text')].some((t) => getComputedStyle(t).visibility === 'hidden'));
    const id = (await drawnPlaces(page)).places.find((p) => p.onDemand)!.id;
    await tabToMap(page);
    for (let i = 0; i < placeIds.length && (await focusedPlace(page)) !== id; i++) await page.press('Tab');
    expect(await focusedPlace(page)).toBe(id);
    expect((await drawnPlaces(page)).places.find((p) => p.id === id)!.onDemand).toBe(false);
  });

  it('moves between places with the arrow keys and opens the focused one with Enter', async () => {
    page = await openMap(bed.session);
    expect(await tabToMap(page)).toBe('kupiansk');
    await page.press('ArrowLeft');
    expect(await focusedPlace(page)).toBe('vovchansk');
    await page.press('ArrowLeft');
    expect(await focusedPlace(page)).toBe('kyiv');
    await page.press('Enter');
    expect(await openedBrief(page)).toBe('#/brief/kyiv');
  });

  it('opens a place with Space, and with a click on its mark', async () => {
    page = await openMap(bed.session);
    await tabToMap(page);
    await page.press(' ');
    expect(await openedBrief(page)).toBe('#/brief/kupiansk');
    await page.close();

    page = await openMap(bed.session);
    const dublin = (await drawnPlaces(page)).places.find((p) => p.id === 'dublin')!;
    await page.clickAt(dublin.mark.x + dublin.mark.w / 2, dublin.mark.y + dublin.mark.h / 2);
    expect(await openedBrief(page)).toBe('#/brief/dublin');
  });

  it('takes a click anywhere in the 24 x 24 px around a mark (WCAG 2.2 target size) where no other place is within 24 px', async () => {
    page = await openMap(bed.session);
    await page.setViewport(1100, 1400);
    await page.waitFor(() => document.querySelector('.place-map svg')!.getBoundingClientRect().width > 1000);
    const { checked, missed } = await page.evaluate(() => {
      const centre = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      };
      const places = [...document.querySelectorAll('.place-map [data-place]')].map((g) => ({ id: g.getAttribute('data-place')!, at: centre(g.querySelector('.ring')!), label: g.querySelector('text')!.getBoundingClientRect() }));
      const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      const missed: string[] = [];
      let checked = 0;
      for (const p of places) {
        if (places.some((o) => o !== p && Math.hypot(o.at.x - p.at.x, o.at.y - p.at.y) < 24)) continue;
        for (const [dx, dy] of [[-11, 0], [11, 0], [0, -11], [0, 11], [-8, -8], [8, 8], [8, -8], [-8, 8]] as const) {
          const x = p.at.x + dx;
          const y = p.at.y + dy;
          if (places.some((o) => o !== p && inside(o.label, x, y))) continue;
          const hit = document.elementFromPoint(x, y);
          const chosen = hit?.closest('[data-place]')?.getAttribute('data-place') ?? hit?.getAttribute('data-hit');
          checked++;
          if (chosen !== p.id) missed.push(`${p.id} at ${dx},${dy}: ${chosen ?? hit?.localName}`);
        }
      }
      return { checked, missed };
    });
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(placeIds.length * 3);
    const dublin = (await drawnPlaces(page)).places.find((p) => p.id === 'dublin')!;
    await page.clickAt(dublin.mark.x + dublin.mark.w / 2 + 10, dublin.mark.y + dublin.mark.h / 2);
    expect(await openedBrief(page)).toBe('#/brief/dublin');
  });

  it("zooms a brief's map to its place, and leaves out what lies beyond the frame", async () => {
    page = await openMap(bed.session, '#/brief/pokrovsk');
    const { svg, places } = await drawnPlaces(page);
    const pokrovsk = places.find((p) => p.id === 'pokrovsk')!;
    expect(pokrovsk.classes).toContain('focused');
    expect(await page.evaluate(() => document.querySelector('[aria-current="location"]')?.getAttribute('data-place'))).toBe('pokrovsk');
    const ids = places.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['pokrovsk', 'kupiansk', 'vovchansk', 'donetsk']));
    expect(ids).not.toContain('dublin');
    expect(ids).not.toContain('france');
    // Zoomed in: the marks of the Donbas, a few pixels apart on the whole map, stand well apart.
    const kupiansk = places.find((p) => p.id === 'kupiansk')!;
    expect(Math.abs(kupiansk.mark.y - pokrovsk.mark.y)).toBeGreaterThan(svg.height / 8);
    expect(await page.evaluate(() => document.querySelector('.place-map svg')!.getAttribute('aria-label'))).toBe('Map around Pokrovsk');
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
