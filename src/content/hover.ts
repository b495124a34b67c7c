// Pointer and keyboard: resting on a marked name opens its card after a delay; the pointer can move
// into the card; it closes when the pointer leaves both, on Esc, on a click elsewhere or on scrolling away.
import type { Brief } from '../shared/briefs.ts';
import type { MentionCursor } from '../shared/messages.ts';
import type { CardTheme } from '../shared/settings.ts';
import { caretAt, lineRectAt } from './caret.ts';
import type { CardHost } from './card/card-host.ts';
import type { Highlighter } from './highlighter.ts';
import { inDocumentOrder, type Mark, type MarkStore } from './marks.ts';

const hideGraceMs = 300;

export interface Hover {
  /** These marks are gone from the page: a card open on one of them closes. */
  forget(marks: Mark[]): void;
  /**
   * The keyboard shortcut: scrolls to the first marked name, or the one after the open card, and opens its card.
   * False, and the card closed, when there is no such name: the shortcut goes on in the next frame.
   */
  next(from: MentionCursor): boolean;
  hide(): void;
}

export function createHover(options: {
  store: MarkStore;
  highlighter: Highlighter;
  card: CardHost;
  signal: AbortSignal;
  shadowRoots: ShadowRoot[];
  delayMs(): number;
  theme(): CardTheme;
  brief(entity: number): Promise<Brief | null>;
  openFull(entity: number): void;
}): Hover {
  const { store, highlighter, card, signal } = options;
  let current: Mark | undefined;
  let pending: { mark: Mark; timer: ReturnType<typeof setTimeout> } | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastPoint = { x: 0, y: 0 };

  const cancelPending = () => {
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
  };
  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const hide = () => {
    cancelPending();
    cancelHide();
    current = undefined;
    card.hide();
  };

  const open = (mark: Mark, anchor: DOMRect, focus: boolean) => {
    current = mark;
    cancelHide();
    const show = (brief: Brief | null, loading: boolean) =>
      card.show({ anchor, brief, loading, focus, theme: options.theme(), onOpenFull: () => options.openFull(mark.entity) });
    show(null, true);
    options.brief(mark.entity).then(
      (brief) => current === mark && show(brief, false),
      () => current === mark && show(null, false),
    );
  };

  const hitTest = (x: number, y: number): { mark: Mark; rect: DOMRect } | undefined => {
    const caret = caretAt(x, y, options.shadowRoots);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    // Over the right half of a name's last letter the caret sits after it.
    const mark = store.at(caret.node, caret.offset) ?? store.at(caret.node, caret.offset - 1);
    if (!mark || !highlighter.isShown(mark)) return undefined;
    // The caret snaps to the nearest letter even from the margin: check the pointer is on the name.
    const rect = lineRectAt(mark.range, x, y);
    return rect ? { mark, rect } : undefined;
  };

  const onPointer = () => {
    frame = 0;
    let hit: ReturnType<typeof hitTest>;
    try {
      hit = hitTest(lastPoint.x, lastPoint.y);
    } catch {
      return; // A node the page removed between the event and this frame: nothing to show.
    }
    if (hit && hit.mark === current) return cancelHide();
    if (hit?.mark !== pending?.mark) {
      cancelPending();
      if (hit) pending = { mark: hit.mark, timer: setTimeout(() => open(hit.mark, hit.rect, false), options.delayMs()) };
    }
    if (!hit && current && hideTimer === undefined) hideTimer = setTimeout(hide, hideGraceMs);
  };

  const listen = { capture: true, passive: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      // The page's own synthetic events never drive the card.
      if (!event.isTrusted) return;
      if (card.contains(event.target as Node)) return cancelHide();
      lastPoint = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(onPointer);
    },
    listen,
  );
  document.addEventListener('pointerdown', (event) => event.isTrusted && card.isShown() && !card.contains(event.target as Node) && hide(), listen);
  document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && card.isShown() && hide(), listen);
  // Leaving a frame (or the window) leaves its names too; moving onto the card does not, though a card in
  // the top layer of a frame too small for it, over the pointer, gets a pointerleave from <html>.
  document.documentElement.addEventListener('pointerleave', (event) => event.isTrusted && current && !card.contains(event.relatedTarget as Node | null) && hide(), listen);
  addEventListener(
    'scroll',
    () => {
      if (!current) return;
      if (!current.nodes.every((node) => node.isConnected)) return hide();
      const rect = lineRectAt(current.range);
      if (!rect || rect.bottom < 0 || rect.top > innerHeight) hide();
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    cancelPending();
    cancelHide();
    cancelAnimationFrame(frame);
  });

  return {
    hide,
    forget(marks) {
      if ((current && marks.includes(current)) || (pending && marks.includes(pending.mark))) hide();
    },
    next(from) {
      const shown = [...store.marks].filter((mark) => highlighter.isShown(mark)).sort(inDocumentOrder);
      const mark = shown[from === 'current' && current ? shown.indexOf(current) + 1 : 0];
      if (!mark) {
        hide();
        return false;
      }
      mark.nodes[0]?.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = lineRectAt(mark.range);
      if (rect) open(mark, rect, true);
      return true;
    },
  };
}
