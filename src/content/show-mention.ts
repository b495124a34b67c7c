// "Show on page" from the popup: the first marked mention of an entity is scrolled into view, flashed
// a few times through a highlight of its own, styled in highlights.css (the page's DOM and style sheets
// are never touched), and its card opened.
import type { CardBrief } from '../shared/messages.ts';
import type { PageContext } from '../shared/page-context.ts';
import type { CardTheme } from '../shared/settings.ts';
import type { CardHost } from './card/card-host.ts';
import { lineRectAt } from './caret.ts';
import { inDocumentOrder, type Mark } from './marks.ts';

const flashName = 'backstory-flash';
const flashes = 3;
const flashMs = 220;

interface ShowOptions {
  card: CardHost;
  brief(entity: number): Promise<CardBrief | null>;
  openFull(entity: number): void;
  context(): PageContext;
  theme(): CardTheme;
  signal: AbortSignal;
}

export function showMention(marks: Mark[], { card, brief, openFull, context, theme, signal }: ShowOptions): boolean {
  const first = marks.reduce<Mark | undefined>((a, b) => (!a || inDocumentOrder(b, a) < 0 ? b : a), undefined);
  if (!first) return false;
  first.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const anchor = lineRectAt(first.range);
  if (anchor) {
    const show = (found: CardBrief | null, loading: boolean) =>
      card.show({ anchor, anchorNode: first.startNode, brief: found, loading, focus: true, page: context(), theme: theme(), onOpenFull: () => openFull(first.entity) });
    show(null, true);
    brief(first.entity).then((found) => show(found, false), () => show(null, false));
  }
  flash(first.range, signal);
  return true;
}

function flash(range: StaticRange, signal: AbortSignal) {
  const highlight = new Highlight(range);
  let step = 0;
  const stop = () => {
    clearInterval(timer);
    CSS.highlights.delete(flashName);
  };
  const timer = setInterval(() => {
    step++;
    if (step >= flashes * 2 || signal.aborted) stop();
    else if (step % 2) CSS.highlights.delete(flashName);
    else CSS.highlights.set(flashName, highlight);
  }, flashMs);
  CSS.highlights.set(flashName, highlight);
  signal.addEventListener('abort', stop, { once: true });
}
