// Pointer and keyboard: resting on a marked name opens its card after a delay (hover-timers.ts); the
// pointer can move into the card; it closes when the pointer leaves both, on Esc, on a click elsewhere
// or when its name scrolls away, and moves with its name while it stays in view.
import type { CardBrief, MentionCursor } from '../shared/messages.ts';
import type { PageContext } from '../shared/page-context.ts';
import type { CardTheme } from '../shared/settings.ts';
import { caretAt, lineRectAt } from './caret.ts';
import type { CardHost } from './card/card-host.ts';
import type { Highlighter } from './highlighter.ts';
import { createHoverTimers } from './hover-timers.ts';
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
  /** What the content script knows of the page, for what the card says. */
  context(): PageContext;
  brief(entity: number): Promise<CardBrief | null>;
  openFull(entity: number): void;
}): Hover {
  const { store, highlighter, card, signal } = options;
  let pointerFrame = 0;
  let scrollFrame = 0;
  let lastPoint = { x: 0, y: 0 };
  /** The line of the name the card is beside, and where the name's first line was then: both move together. */
  let anchor: { line: DOMRect; first: DOMRect } | undefined;

  const timers = createHoverTimers<Mark>({
    delayMs: options.delayMs,
    graceMs: hideGraceMs,
    open: (mark) => {
      const line = lineRectAt(mark.range, lastPoint.x, lastPoint.y) ?? lineRectAt(mark.range);
      if (line) open(mark, line, false);
    },
    close: () => card.hide(),
  });
  const hide = () => {
    timers.reset();
    anchor = undefined;
    card.hide();
  };

  const open = (mark: Mark, line: DOMRect, focus: boolean) => {
    timers.opened(mark);
    anchor = { line, first: lineRectAt(mark.range) ?? line };
    const show = (brief: CardBrief | null, loading: boolean) =>
      card.show({
        anchor: anchor?.line ?? line, anchorNode: mark.startNode, brief, loading, focus,
        page: options.context(), theme: options.theme(), onOpenFull: () => options.openFull(mark.entity),
      });
    show(null, true);
    options.brief(mark.entity).then(
      (brief) => timers.current() === mark && show(brief, false),
      () => timers.current() === mark && show(null, false),
    );
  };

  const hitTest = (x: number, y: number): Mark | undefined => {
    const caret = caretAt(x, y, options.shadowRoots);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    // Over the right half of a name's last letter the caret sits after it.
    const mark = store.at(caret.node, caret.offset) ?? store.at(caret.node, caret.offset - 1);
    if (!mark || !highlighter.isShown(mark)) return undefined;
    // The caret snaps to the nearest letter even from the margin: check the pointer is on the name.
    return lineRectAt(mark.range, x, y) ? mark : undefined;
  };

  const onPointer = () => {
    pointerFrame = 0;
    try {
      timers.pointAt(hitTest(lastPoint.x, lastPoint.y));
    } catch {
      // A node the page removed between the event and this frame: nothing to show.
    }
  };

  /** The card follows its name as the page scrolls, and closes once the name is out of view. */
  const onScroll = () => {
    scrollFrame = 0;
    const mark = timers.current();
    if (!mark || !anchor) return;
    const first = mark.nodes.every((node) => node.isConnected) ? lineRectAt(mark.range) : undefined;
    if (!first || first.bottom < 0 || first.top > innerHeight) return hide();
    const { line } = anchor;
    anchor = { line: new DOMRect(line.x + first.x - anchor.first.x, line.y + first.y - anchor.first.y, line.width, line.height), first };
    card.move(anchor.line);
  };

  const listen = { capture: true, passive: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      // The page's own synthetic events never drive the card.
      if (!event.isTrusted) return;
      if (card.contains(event.target as Node)) return timers.inCard();
      lastPoint = { x: event.clientX, y: event.clientY };
      if (!pointerFrame) pointerFrame = requestAnimationFrame(onPointer);
    },
    listen,
  );
  document.addEventListener('pointerdown', (event) => event.isTrusted && card.isShown() && !card.contains(event.target as Node) && hide(), listen);
  document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && card.isShown() && hide(), listen);
  // Leaving a frame (or the window) leaves its names too. In a frame too small for the card (card-styles.ts:
  // 360 x 320 px at most) the card lands under the pointer, and <html> gets a pointerleave for it: not a leave.
  const tooSmallForCard = () => innerWidth < 380 || innerHeight < 340;
  document.documentElement.addEventListener(
    'pointerleave',
    (event) => event.isTrusted && timers.current() && !(tooSmallForCard() && card.contains(event.relatedTarget as Node | null)) && hide(),
    listen,
  );
  addEventListener(
    'scroll',
    () => {
      if (timers.current() && !scrollFrame) scrollFrame = requestAnimationFrame(onScroll);
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    timers.reset();
    cancelAnimationFrame(pointerFrame);
    cancelAnimationFrame(scrollFrame);
  });

  return {
    hide,
    forget(marks) {
      if (timers.forget(marks)) hide();
    },
    next(from) {
      const shown = [...store.marks].filter((mark) => highlighter.isShown(mark)).sort(inDocumentOrder);
      const current = timers.current();
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
