// Reading the map page (map.html) from the test's side: what it drew, where focus is, what it opened.
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

export async function openMap(session: ExtensionSession, query = ''): Promise<TestPage> {
  const page = await session.openExtensionPage(`map.html${query}`);
  await page.waitFor(() => document.querySelectorAll('.place-map [data-place]').length > 0);
  return page;
}

/** The hash of the popup page that choosing a place opened in this tab. */
export async function openedBrief(page: TestPage): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const where = await page.evaluate(() => (location.pathname.endsWith('/popup.html') ? location.hash : '')).catch(() => '');
    if (where) return where;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no brief was opened');
}

export const focusedPlace = (page: TestPage) => page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? null);
