// Reading what Backstory did to a page: the highlight registry from the page's own world (it is
// shared with the content script), the rest through the extension's message protocol.
import type { CardState, ScanStats, ShownMark } from '../../../src/shared/messages.ts';
import { askPage } from './extension-calls.ts';
import type { ExtensionSession, TestPage } from './session.ts';

export type Highlighted = [kind: string, text: string];

const tidy = ([kind, text]: Highlighted): Highlighted => [kind, text.replace(/\u00ad/g, '').replace(/\s+/g, ' ')];

/**
 * The ranges registered with CSS.highlights (the registry is shared with the content script), in document order;
 * in a frame's document with `frameSelector` ("#outer >> #inner" for a frame inside a frame).
 */
function readRegistry(page: TestPage, frameSelector?: string) {
  return page.evaluate((selector?: string) => {
    let win = window as Window & typeof globalThis;
    for (const step of selector?.split(' >> ') ?? []) win = (win.document.querySelector(step) as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
    const found: { kind: string; text: string; range: Range }[] = [];
    for (const [name, highlight] of win.CSS.highlights) {
      for (const r of highlight as Highlight) {
        const range = win.document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        found.push({ kind: name.replace(/^backstory-|-in-long-text$/g, ''), text: range.toString(), range });
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
    // Frames share a URL (about:srcdoc, about:blank): a call naming it could be answered by another one.
    const windows = (w: Window): Window[] => [w, ...[...Array(w.frames.length).keys()].flatMap((i) => {
      try {
        return windows(w.frames[i]!);
      } catch {
        return [];
      }
    })];
    const href = (w: Window) => { try { return w.location.href; } catch { return ''; } };
    const unique = windows(window).filter((w) => href(w) === win.location.href).length === 1;
    return { url: selector ? win.location.href : undefined, unique, registered: found.map((f): [string, string] => [f.kind, f.text]) };
  }, frameSelector);
}

/**
 * Every mark Backstory shows on the page (or in a frame of it), in document order, as [kind, text] with whitespace
 * and soft hyphens tidied. Only those near the viewport are registered with CSS.highlights: each registered range
 * must be one of them. On the extension's own pages, where no content script answers, and in a frame whose URL
 * another frame shares, the registry is all there is.
 */
export async function readHighlights(page: TestPage, frameSelector?: string): Promise<Highlighted[]> {
  const { url, unique, registered } = await readRegistry(page, frameSelector);
  if (!unique) return registered.map(tidy);
  const shown = await askPage<ShownMark[]>(page, { type: 'get-shown-marks', url }).then(
    (marks) => marks?.map(tidy),
    () => undefined,
  );
  if (!shown) return registered.map(tidy);
  const unshown = [...shown.map((mark) => mark.join('|'))];
  for (const mark of registered.map(tidy)) {
    const at = unshown.indexOf(mark.join('|'));
    if (at === -1) throw new Error(`"${mark[1]}" (${mark[0]}) is registered with CSS.highlights but not shown`);
    unshown.splice(at, 1);
  }
  return shown;
}

/** The highlighted texts, in document order (see readHighlights). */
export const readHighlightTexts = (page: TestPage, frameSelector?: string) => readHighlights(page, frameSelector).then((found) => found.map(([, text]) => text));

/** Waits for the content script's first scan of the page (or of a frame in it) to finish; its stats. */
export async function waitForScan(_session: ExtensionSession, page: TestPage, frameSelector?: string): Promise<ScanStats> {
  const frameUrl = () =>
    page.evaluate((selector?: string) => {
      let win: Window | null | undefined = window;
      for (const step of selector?.split(' >> ') ?? []) win = (win?.document.querySelector(step) as HTMLIFrameElement | null)?.contentWindow;
      return selector ? win?.location.href : undefined;
    }, frameSelector);
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Read again each time: a frame not loaded yet is still at about:blank.
    const url = await frameUrl();
    const stats = await askPage<ScanStats | null>(page, { type: 'get-scan-stats', url }).catch(() => null);
    if (stats) return stats;
    if (Date.now() > deadline) throw new Error(`no scan finished on ${await page.evaluate(() => location.href)}${url ? ` in ${url}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The hover card as the content script sees it (its shadow root is closed to the page). */
export const readCard = (_session: ExtensionSession, page: TestPage, frameUrl?: string): Promise<CardState | null> =>
  // A frame call that no frame answers (none at that URL has a card) is no card.
  askPage<CardState | null>(page, { type: 'get-card-state', url: frameUrl }).then((state) => state ?? null, () => null);

/**
 * Where a highlighted name is on screen: scrolled into view when it is off screen, and looked for further down
 * the page when it is not registered yet (only marks near the viewport are).
 */
export async function rectOf(page: TestPage, text: string) {
  const registered = () =>
    page.evaluate((wanted: string) => {
      for (const [, highlight] of CSS.highlights) {
        for (const r of highlight as Highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString() !== wanted) continue;
          let box = range.getClientRects()[0]!;
          if (box.bottom < 0 || box.top > innerHeight) {
            (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center', behavior: 'instant' });
            box = range.getClientRects()[0]!;
          }
          return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
        }
      }
      return null;
    }, text);
  const found = await registered();
  if (found) return found;
  // Brought into view one occurrence after another (a heading may hold the text unmarked), until one is registered.
  for (let occurrence = 0; ; occurrence++) {
    const scrolled = await page.evaluate(([wanted, nth]: [string, number]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      while (walker.nextNode()) {
        if (!(walker.currentNode as Text).data.includes(wanted) || seen++ < nth) continue;
        walker.currentNode.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        return true;
      }
      return false;
    }, [text, occurrence] as [string, number]);
    if (!scrolled) throw new Error(`${text} is not highlighted`);
    for (const deadline = Date.now() + 1500; Date.now() < deadline; ) {
      const rect = await registered();
      if (rect) return rect;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * A real pointer rests on the highlighted name until its card opens (its heading holds the name): the card, and
 * where the name is. The name is measured again while no card opens, since the page may still lay out (Firefox
 * reflows when a fallback font arrives: `gfx.font_rendering.fallback.async`). When no card opens, the error says
 * what was under the pointer and what state the page was in, so that a failure in CI can be read from its log.
 */
export async function hoverName(session: ExtensionSession, page: TestPage, text: string) {
  // The first card of a fresh browser loads its code first.
  const deadline = Date.now() + 6000;
  for (;;) {
    const name = await rectOf(page, text);
    const x = (name.left + name.right) / 2;
    const y = (name.top + name.bottom) / 2;
    await page.mouseMove(x, y);
    for (const settled = Date.now() + 1000; Date.now() < settled; ) {
      const card = await readCard(session, page);
      if (card?.name.includes(text)) return { card, name };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (Date.now() > deadline) throw new Error(`no card for "${text}" at (${x}, ${y}): ${await whatIsAt(page, x, y)}`);
  }
}

const whatIsAt = (page: TestPage, x: number, y: number) =>
  page.evaluate(([px, py]: [number, number]) => {
    const caret = document.caretPositionFromPoint?.(px, py) ?? null;
    const word = caret?.offsetNode.textContent?.slice(Math.max(0, caret.offset - 12), caret.offset + 12);
    const registered = [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0);
    const popovers = document.querySelectorAll(':popover-open').length;
    return `caret in "${word}", ${registered} ranges registered, ${popovers} popovers open, ${document.visibilityState}, focus ${document.hasFocus()}, scrollY ${scrollY}`;
  }, [x, y] as [number, number]);

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

/** On the extension's own welcome page: the sample has been read (the page says so on its root). */
export const waitForSample = (page: TestPage) => page.waitFor(() => document.documentElement.dataset.sampleRead === 'true', undefined, 15_000);

/** The card on one of the extension's own pages, where it is open to inspection (see welcome/index.tsx). */
export const readOwnPageCard = (page: TestPage) =>
  page.evaluate(() => {
    const host = [...document.querySelectorAll('body ~ div, html > div')].find((element) => element.shadowRoot?.querySelector('[role="dialog"]'));
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const heading = host!.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    return { name: heading?.textContent ?? '', text: dialog.textContent ?? '' };
  });

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
