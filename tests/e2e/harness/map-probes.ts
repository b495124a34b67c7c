// Reading the popup's map (the #/map route, or a brief's locator) from the test's side: what it drew, where focus is, what it opened.
import type { ExtensionSession, TestPage } from './session.ts';

export interface Drawn {
  id: string;
  name: string;
  classes: string;
  /** Its label waits for hover or focus: no room beside the mark. */
  onDemand: boolean;
  mark: { x: number; y: number; w: number; h: number };
  label: { x: number; y: number; w: number; h: number };
}

/** Every place the map draws, with its mark's and label's boxes in page pixels. */
export function drawnPlaces(page: TestPage): Promise<{ svg: DOMRect; places: Drawn[] }> {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const svg = document.querySelector('.place-map svg')!;
    const places = [...svg.querySelectorAll('[data-place]')].map((g) => ({
      id: g.getAttribute('data-place')!,
      name: g.getAttribute('aria-label')!,
      classes: g.getAttribute('class')!,
      onDemand: getComputedStyle(g.querySelector('text')!).visibility === 'hidden',
      mark: box(g.querySelector('.mark')!),
      label: box(g.querySelector('text')!),
    }));
    return { svg: svg.getBoundingClientRect().toJSON() as DOMRect, places };
  });
}

export const overlap = (a: Drawn['label'], b: Drawn['label']) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** The app's whole map (`?full#/map`: the popup's view, free to grow wide), or a brief's (`#/brief/ID`), drawn. */
export async function openMap(session: ExtensionSession, route = '?full#/map'): Promise<TestPage> {
  const page = await session.openExtensionPage(`popup.html${route}`);
  await page.waitFor(() => document.querySelectorAll('.place-map [data-place]').length > 0);
  return page;
}

/** The route of the brief that choosing a place opened. */
export async function openedBrief(page: TestPage): Promise<string> {
  await page.waitFor(() => location.hash.startsWith('#/brief/'), undefined, 10_000);
  return page.evaluate(() => location.hash);
}

/** Tabs from the top of the view to the map's first place (past the view links before it). */
export async function tabToMap(page: TestPage): Promise<string | null> {
  for (let i = 0; i < 20 && (await focusedPlace(page)) === null; i++) await page.press('Tab');
  return focusedPlace(page);
}

export const focusedPlace = (page: TestPage) => page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? null);
