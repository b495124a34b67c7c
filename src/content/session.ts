// Everything Backstory runs on one page while it is on there, tied to one AbortController:
// turning it off for the site, or an extension update, tears it all down.
import type { CardBrief, CardState, MentionCursor, PageMention, ScanStats, ShownMark } from '../shared/messages.ts';
import type { PageContext } from '../shared/page-context.ts';
import type { Settings } from '../shared/settings.ts';
import { loadMatcher, type MatcherTables } from '../matcher/index.ts';
import { caretAt } from './caret.ts';
import { entityTable } from './entity-table.ts';
import type { sendToBackground } from './extension-api.ts';
import { createHighlighter } from './highlighter.ts';
import { createHover } from './hover.ts';
import type { CardHost } from './card/card-host.ts';
import { countMentions, shownMarks } from './mark-reports.ts';
import { MarkStore } from './marks.ts';
import type { MayMention } from './may-mention.ts';
import { createPageRegions } from './page-regions.ts';
import { createPageTopic } from './page-topic.ts';
import { createRescans } from './rescans.ts';
import { createScanner } from './scanner.ts';
import { scanStatsOf } from './next-task.ts';
import { showMention } from './show-mention.ts';
import { blockOf, insideSkipped } from './text-blocks.ts';
import { isVisible } from './visibility.ts';
import { textsOf, watchChanges } from './watch-changes.ts';

const briefs = new Map<number, Promise<CardBrief | null>>();

export interface Session {
  update(settings: Settings): void;
  /** The entities this frame marked, with how many times. */
  report(): PageMention[];
  /** See the next-mention call. */
  next(from: MentionCursor): boolean;
  /** Shows the entity's first marked mention and opens its card; false when it has none. */
  show(id: string): boolean;
  scanStats(): ScanStats | null;
  cardState(): CardState | null;
  shownMarks(): ShownMark[];
  /** Which story the page is about and when it was published: for the page report and the card. */
  pageContext(): PageContext;
  stop(): void;
}

/**
 * What a session takes from where it runs: in a page, from content.js (its one guarded send and its prefilter) and
 * session-module.ts (the card, imported on first use); in the welcome page, all bundled.
 */
export interface SessionDeps {
  send: typeof sendToBackground;
  mayMention: MayMention;
  makeCard(signal: AbortSignal): CardHost;
  tables: MatcherTables;
}

export function startSession(initial: Settings, onMarksChanged: () => void, deps: SessionDeps): Session {
  let settings = initial;
  const controller = new AbortController();
  const { signal } = controller;
  const started = performance.now();
  let firstScan: { totalMs: number } | undefined;
  const regions = createPageRegions(document);
  const store = new MarkStore({
    kindOf: (entity) => entityTable()[entity]![1],
    isCommon: (entity) => entityTable()[entity]![2] === 'common',
    regionOf: (block) => regions.of(block.nodes),
  });
  const highlighter = createHighlighter(settings);
  const { send, mayMention } = deps;
  // The tables are used as they are: loading is well under a millisecond.
  const matcher = loadMatcher(deps.tables);
  const topic = createPageTopic(store, matcher, mayMention, (shown) => highlighter.add(shown));
  const card = deps.makeCard(signal);
  const shadowRoots: ShadowRoot[] = [];
  const hiddenBlocks = new Set<Element>();

  const brief = (entity: number) => {
    const id = entityTable()[entity]![0];
    const known = briefs.get(entity);
    if (known) return known;
    // A call that failed (undefined: the background was restarting) is not kept: the next card asks again.
    const asked = send({ type: 'get-brief', id }).then((found) => {
      if (found === undefined) briefs.delete(entity);
      return found ?? null;
    });
    briefs.set(entity, asked);
    return asked;
  };
  const openFull = (entity: number) => void send({ type: 'open-brief', id: entityTable()[entity]![0] });

  const hover = createHover({
    store, highlighter, card, signal, shadowRoots, brief, openFull, context: topic.context,
    delayMs: () => settings.hoverDelayMs,
    theme: () => settings.cardTheme,
  });
  const dropMarks = (texts: Text[]) => {
    const gone = store.removeNodes(texts);
    if (gone.length === 0) return;
    highlighter.remove(gone);
    hover.forget(gone);
    onMarksChanged();
  };

  const scanner = createScanner({
    matcher, mayMention, store, highlighter, signal,
    onShadowRoot(root) {
      // Shadow roots left behind by a single-page app are not kept alive by us.
      shadowRoots.push(root);
      for (let i = shadowRoots.length - 1; i >= 0; i--) if (!shadowRoots[i]!.host.isConnected) shadowRoots.splice(i, 1);
      watcher.observe(root);
    },
    onHiddenBlock: (element) => hiddenBlocks.add(element),
  });
  const rescans = createRescans({
    scanner, signal,
    onFirstScanned: () => (firstScan = { totalMs: performance.now() - started }),
    onScanned() {
      // A scan cut short by the session's end finds nothing more to judge or report.
      if (signal.aborted) return;
      topic.judge();
      onMarksChanged();
    },
  });

  /** Text hidden when it was read (closed <details>, a tab, "read more") is marked once shown. */
  const revealed = (elements: Element[]) => {
    if (hiddenBlocks.size === 0) return;
    const shown = new Map<Element, boolean>();
    for (const block of hiddenBlocks) {
      if (!block.isConnected) hiddenBlocks.delete(block);
      else if (elements.some((element) => element.contains(block)) && isVisible(block, shown)) {
        hiddenBlocks.delete(block);
        rescans.add(block);
      }
    }
  };
  const watcher = watchChanges({
    signal,
    isOurs: (node) => card.contains(node),
    onStale: dropMarks,
    onBatch({ dirty, restyled, editable }) {
      for (const element of editable) {
        if ((element as HTMLElement).isContentEditable) dropMarks(textsOf(element, []));
        else rescans.add(element);
      }
      for (const node of dirty) rescans.add(node);
      revealed(restyled);
    },
  });
  // <details> opening and hidden="until-found" text found by find-in-page (HTML: the beforematch event).
  for (const type of ['toggle', 'beforematch']) {
    document.addEventListener(type, (event) => event.target instanceof Element && setTimeout(() => revealed([event.target as Element]), 0), { capture: true, signal });
  }

  watcher.observe(document);
  const root = document.body ?? document.documentElement;
  const visible = firstVisibleBlock(root);
  void rescans.first(root, visible);

  return {
    update(next) {
      settings = next;
      hover.hide();
      highlighter.reset(store.marks, settings);
      onMarksChanged();
    },
    report: () => countMentions(store.marks, settings, highlighter),
    next: (from) => hover.next(from),
    show(id) {
      const marks = [...store.marks].filter((mark) => entityTable()[mark.entity]![0] === id && highlighter.isShown(mark));
      return showMention(marks, { card, brief, openFull, context: topic.context, theme: () => settings.cardTheme, signal });
    },
    scanStats() {
      return firstScan ? scanStatsOf(scanner.stats, started, firstScan.totalMs, store.marks.size, highlighter.registeredCount()) : null;
    },
    cardState: () => card.state(),
    shownMarks: () => shownMarks(store.marks, highlighter),
    pageContext: topic.context,
    stop() {
      controller.abort();
      highlighter.dispose();
      store.clear();
    },
  };
}

/** When the page opens scrolled down (a reload keeps the position), the text in view is read first. */
function firstVisibleBlock(root: Element): Element | undefined {
  if (scrollY < innerHeight / 2) return undefined;
  // The caret snaps to the nearest text, where elementFromPoint may hit a margin of the body.
  const caret = caretAt(innerWidth / 2, innerHeight / 4, []);
  const block = caret && blockOf(caret.node);
  return block && block !== root && root.contains(block) && !insideSkipped(block) ? block : undefined;
}
