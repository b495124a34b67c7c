// One CSS highlight per kind, and one for marks in very long text (the ::highlight() styles are in
// highlights.css): the page's DOM is never touched. Every mark the settings allow is shown; only those near
// the viewport are registered.
import type { EntityKind } from '../shared/alias-index.ts';
import type { Settings } from '../shared/settings.ts';
import type { Mark } from './marks.ts';
import { watchNearViewport, type NearViewport } from './near-viewport.ts';
import { blockOf } from './text-blocks.ts';

/**
 * Chromium measures a whole text node again when a highlight with a text-decoration changes over it, ~15 ms per
 * MB of text: on a page with a 10 MB node, each change held the page's frames and timers back ~150 ms. In a
 * node this long a mark is drawn with its kind's background only (highlights.css).
 */
const LONG_TEXT_UNITS = 100_000;

export const highlightName = (kind: EntityKind, inLongText = false) => `backstory-${kind}${inLongText ? '-in-long-text' : ''}`;
const highlightNameOf = (mark: Mark) => highlightName(mark.kind, mark.startNode.length > LONG_TEXT_UNITS);

export interface Highlighter {
  /**
   * Shows these, where the settings allow. `more`: the block has more marks to come in a later slice. Its marks
   * are registered once the last arrive, so that it changes the highlights once, not once a slice: in Chromium
   * each change to the highlights of a text node costs a PrePaint of all of it (130 ms for a 10 MB node).
   */
  add(marks: Iterable<Mark>, more?: boolean): void;
  remove(marks: Iterable<Mark>): void;
  /** Settings changed: show exactly the marks they allow. */
  reset(marks: Iterable<Mark>, settings: Settings): void;
  isShown(mark: Mark): boolean;
  /** How many ranges are registered with CSS.highlights now. */
  registeredCount(): number;
  dispose(): void;
}

export function createHighlighter(initial: Settings, watch: (onChange: (changes: Map<Element, boolean>) => void) => NearViewport = watchNearViewport): Highlighter {
  let settings = initial;
  // A highlight joins the registry with its first range, in the same task: in Chromium a change to the registry
  // repaints the whole page (on the 200,000-element page, a 57 ms lifecycle update for six empty highlights
  // set when the session started, then another for the first range).
  const highlights = new Map<string, Highlight>();
  /** Each registered mark's highlight, where it was put (its text node may have changed since). */
  const registeredIn = new Map<Mark, Highlight>();
  const shown = new Set<Mark>();
  /** Shown marks by the block that holds their start, which the viewport watch observes. */
  const byBlock = new Map<Element, Set<Mark>>();
  const blockOfMark = new Map<Mark, Element>();
  const near = new Set<Element>();
  /** Blocks whose marks are still coming (add's `more`): their marks wait to be registered. */
  const filling = new Set<Element>();

  const register = (mark: Mark) => {
    const name = highlightNameOf(mark);
    const highlight = highlights.get(name) ?? new Highlight();
    highlight.add(mark.range);
    registeredIn.set(mark, highlight);
    if (highlights.has(name)) return;
    highlights.set(name, highlight);
    CSS.highlights.set(name, highlight);
  };
  const unregister = (mark: Mark) => {
    registeredIn.get(mark)?.delete(mark.range);
    registeredIn.delete(mark);
  };
  const viewport = watch((changes) => {
    for (const [block, isNear] of changes) {
      const marks = byBlock.get(block);
      if (!marks || near.has(block) === isNear) continue;
      if (isNear) near.add(block);
      else near.delete(block);
      if (!filling.has(block)) for (const mark of marks) (isNear ? register : unregister)(mark);
    }
  });

  const allowed = (mark: Mark) => settings.kinds[mark.kind] && (settings.markEveryMention ? mark.inText : mark.calm);
  const add = (marks: Iterable<Mark>, more = false) => {
    // Marks mostly come many to a text node: its block is looked up once.
    let lastNode: Text | undefined;
    let block!: Element;
    for (const mark of marks) {
      if (!allowed(mark) || shown.has(mark)) continue;
      shown.add(mark);
      if (mark.startNode !== lastNode) block = blockOf((lastNode = mark.startNode)) ?? document.documentElement;
      if (more) filling.add(block);
      blockOfMark.set(mark, block);
      const marksOfBlock = byBlock.get(block);
      if (marksOfBlock) marksOfBlock.add(mark);
      else {
        byBlock.set(block, new Set([mark]));
        viewport.observe(block);
      }
      if (near.has(block) && !filling.has(block)) register(mark);
    }
    if (more) return;
    // The last piece of a block (the scanner fills one block at a time): what waited is registered now.
    for (const done of filling) if (near.has(done)) for (const mark of byBlock.get(done) ?? []) if (!registeredIn.has(mark)) register(mark);
    filling.clear();
  };
  const remove = (mark: Mark) => {
    if (!shown.delete(mark)) return;
    unregister(mark);
    const block = blockOfMark.get(mark)!;
    blockOfMark.delete(mark);
    const marksOfBlock = byBlock.get(block)!;
    marksOfBlock.delete(mark);
    if (marksOfBlock.size > 0) return;
    byBlock.delete(block);
    near.delete(block);
    filling.delete(block);
    viewport.unobserve(block);
  };

  return {
    add,
    remove(marks) {
      for (const mark of marks) remove(mark);
    },
    reset(marks, next) {
      settings = next;
      // Blocks stay observed while they keep a mark, so what is near the viewport is shown again at once.
      const wanted = new Set([...marks].filter(allowed));
      for (const mark of [...shown]) if (!wanted.has(mark)) remove(mark);
      add(wanted);
    },
    isShown: (mark) => shown.has(mark),
    registeredCount: () => registeredIn.size,
    dispose() {
      viewport.disconnect();
      for (const name of highlights.keys()) CSS.highlights.delete(name);
      highlights.clear();
      registeredIn.clear();
      shown.clear();
      byBlock.clear();
      blockOfMark.clear();
      filling.clear();
    },
  };
}
