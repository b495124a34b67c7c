// Reading what Backstory did to a page, from the page's own world: the highlight registry and the
// performance timeline are shared with the content script, the DOM is the page's.
import type { ExtensionSession, TestPage } from './session.ts';

export type Highlighted = [kind: string, text: string];

/** Every highlighted range, in document order, as [kind, text] with whitespace and soft hyphens tidied. */
export function readHighlights(page: TestPage, frameSelector?: string): Promise<Highlighted[]> {
  return page.evaluate((selector?: string) => {
    const win = (selector ? (document.querySelector(selector) as HTMLIFrameElement).contentWindow! : window) as Window & typeof globalThis;
    const found: { kind: string; text: string; range: Range }[] = [];
    for (const [name, highlight] of win.CSS.highlights) {
      for (const r of highlight as Highlight) {
        const range = win.document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        found.push({ kind: name.replace('backstory-', ''), text: range.toString().replace(/\u00ad/g, '').replace(/\s+/g, ' '), range });
      }
    }
    // Ranges in different trees (a shadow root and the document) cannot be compared: keep them in registry order.
    const compare = (a: Range, b: Range) => {
      try {
        return a.compareBoundaryPoints(Range.START_TO_START, b);
      } catch {
        return 0;
      }
    };
    found.sort((a, b) => compare(a.range, b.range));
    return found.map((f): [string, string] => [f.kind, f.text]);
  }, frameSelector);
}

/** Waits for the content script's first scan of the page (or of a frame in it) to finish. */
export async function waitForScan(page: TestPage, frameSelector?: string): Promise<void> {
  await page.waitFor(
    (frame: string) => {
      const win = frame ? (document.querySelector(frame) as HTMLIFrameElement | null)?.contentWindow : window;
      return (win?.performance.getEntriesByName('backstory:scan').length ?? 0) > 0;
    },
    frameSelector ?? '',
    15_000,
  );
}

export interface ScanDetail {
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  marks: number;
}

export function scanDetail(page: TestPage): Promise<ScanDetail> {
  return page.evaluate(() => (performance.getEntriesByName('backstory:scan')[0] as PerformanceMeasure).detail as ScanDetail);
}

/** Writes settings to storage.local from an extension page; open tabs apply them at once. */
export async function writeSettings(session: ExtensionSession, settings: object): Promise<void> {
  const page = await session.openExtensionPage('options.html');
  await page.evaluate(async (value: object) => {
    type Storage = { local: { set(items: object): Promise<void> } };
    const scope = globalThis as unknown as { browser?: { storage: Storage }; chrome: { storage: Storage } };
    await (scope.browser ?? scope.chrome).storage.local.set({ settings: value });
  }, settings);
  await page.close();
}

export const pageHtml = (page: TestPage) => page.evaluate(() => document.documentElement.outerHTML);

/** The card's state, read through its open shadow root. */
export const readCard = (page: TestPage) =>
  page.evaluate(() => {
    const dialog = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const heading = (dialog.getRootNode() as ShadowRoot).getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    const box = dialog.getBoundingClientRect();
    return { name: heading?.textContent ?? '', text: dialog.textContent ?? '', box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right }, focused: document.activeElement?.localName === 'backstory-card' };
  });

/** Where a highlighted name is on screen. */
export const rectOf = (page: TestPage, text: string) =>
  page.evaluate((wanted: string) => {
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight as Highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() === wanted) {
          const box = range.getClientRects()[0]!;
          return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
        }
      }
    }
    throw new Error(`${wanted} is not highlighted`);
  }, text);

/** What storage.local holds under `settings`, read from an extension page. */
export function storedSettings(page: TestPage): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    type Storage = { local: { get(key: string): Promise<Record<string, Record<string, unknown>>> } };
    const scope = globalThis as unknown as { browser?: { storage: Storage }; chrome: { storage: Storage } };
    return (await (scope.browser ?? scope.chrome).storage.local.get('settings')).settings;
  });
}

/** The keys the browser has bound to one of the extension's commands, '' when none, asked from an extension page. */
export function commandKeys(page: TestPage, command: string): Promise<string> {
  return page.evaluate(async (wanted: string) => {
    type Commands = { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    const scope = globalThis as unknown as { browser?: { commands: Commands }; chrome: { commands: Commands } };
    return (await (scope.browser ?? scope.chrome).commands.getAll()).find((c) => c.name === wanted)?.shortcut ?? '';
  }, command);
}
