// A place's brief with its locator map (popup and full-brief tab), and every view read whole for what a
// reader cannot follow: a paragraph number ("¶3") of a report they cannot see, or raw coordinates.
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../src/build/compile-seeds.ts';
import { readSeeds } from '../../src/build/read-seeds.ts';
import { browsers } from './harness/browsers.ts';
import { drawnPlaces } from './harness/map-probes.ts';
import { openPopup, popupSize } from './harness/popup.ts';
import type { TestPage } from './harness/session.ts';
import { useTestBed } from './harness/test-bed.ts';

const bundle = compileSeeds(readSeeds('seeds')).bundle;
const unreadable = /¶|\d+\.\d+°/;

/** Goes to a route in the same popup, as a link would, and waits for the view. */
async function go(popup: TestPage, hash: string, ready: string) {
  await popup.evaluate((h: string) => void (location.hash = h), hash);
  await popup.waitFor((s: string) => document.querySelector(s) !== null, ready);
}

const locator = (page: TestPage) =>
  page.evaluate(() => {
    const svg = document.querySelector('.locator .place-map svg');
    return svg && { label: svg.getAttribute('aria-label'), current: svg.querySelector('[aria-current="location"]')?.getAttribute('data-place'), width: svg.getBoundingClientRect().width };
  });

describe.each(browsers)('briefs in %s', (_name, launch) => {
  const bed = useTestBed(launch, {});

  it("shows a place's brief with a small map zoomed to it; choosing another place there opens that brief", async () => {
    const popup = await openPopup(bed.session, undefined, '#/brief/pokrovsk');
    await popup.waitFor(() => document.querySelector('.locator [data-place]') !== null);
    const map = await locator(popup);
    expect(map).toMatchObject({ label: 'Map around Pokrovsk', current: 'pokrovsk' });
    expect(map!.width).toBeLessThanOrEqual(popupSize.width);
    expect(await popup.evaluate(() => document.querySelector('.locator h2')?.textContent)).toBe('Where it is');

    const kupiansk = (await drawnPlaces(popup)).places.find((p) => p.id === 'kupiansk')!;
    await popup.evaluate(() => document.querySelector('.locator [data-place="kupiansk"]')!.scrollIntoView({ block: 'center' }));
    const moved = (await drawnPlaces(popup)).places.find((p) => p.id === 'kupiansk')!;
    expect(moved.mark.w).toBe(kupiansk.mark.w);
    await popup.clickAt(moved.mark.x + moved.mark.w / 2, moved.mark.y + moved.mark.h / 2);
    await popup.waitFor(() => document.querySelector('[data-brief-view="kupiansk"]') !== null);
    await expect.poll(() => locator(popup).then((m) => m?.current)).toBe('kupiansk');
    await popup.close();
  });

  it('has the locator in the side panel of the full-brief tab, and none in the brief of a person', async () => {
    const tab = await bed.session.openExtensionPage('popup.html?full#/brief/kyiv');
    await tab.setViewport(1280, 900);
    await tab.waitFor(() => document.querySelector('.brief-side .locator [data-place]') !== null);
    expect(await locator(tab)).toMatchObject({ label: 'Map around Kyiv', current: 'kyiv' });
    await go(tab, '#/brief/putin', '[data-brief-view="putin"]');
    expect(await locator(tab)).toBeNull();
    await tab.close();
  });

  it('shows no paragraph number and no raw coordinates in any view or any brief', async () => {
    const popup = await openPopup(bed.session, undefined, '#/story');
    const views: [string, string][] = [
      ['#/story', '.positions-grid'],
      ['#/briefs', '.group'],
      ['#/briefs?q=nato', '[role="option"]'],
      ['#/map', '[data-slot="place-map"] [data-place]'],
      ...bundle.briefs.map((b): [string, string] => [`#/brief/${b.id}`, `[data-brief-view="${b.id}"]`]),
    ];
    const found: string[] = [];
    for (const [hash, ready] of views) {
      await go(popup, hash, ready);
      const text = await popup.evaluate(() => document.body.innerText);
      const bad = unreadable.exec(text);
      if (bad) found.push(`${hash}: ${text.slice(Math.max(0, bad.index - 30), bad.index + 10)}`);
    }
    expect(found).toEqual([]);
    expect(views.length).toBeGreaterThan(bundle.briefs.length);
    await popup.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
