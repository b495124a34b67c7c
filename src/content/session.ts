// Everything Backstory runs on one page while it is on there, tied to one AbortController:
// turning it off for the site, or an extension update, tears it all down.
import aliasIndex from 'backstory:alias-index';
import { compileMatcher, type Matcher } from '../matcher/index.ts';
import type { Brief } from '../shared/briefs.ts';
import { call, type BackgroundCalls, type PageReport } from '../shared/messages.ts';
import { pageReportOf } from './page-report.ts';
import type { Settings } from '../shared/settings.ts';
import { caretAt } from './caret.ts';
import { extension } from './extension-api.ts';
import { createHighlighter } from './highlighter.ts';
import highlightCss from './highlights.css';
import { createHover } from './hover.ts';
import { createLazyCard } from './lazy-card.ts';
import { MarkStore } from './marks.ts';
import { createScanner } from './scanner.ts';
import { showMention } from './show-mention.ts';
import { blockOf, insideSkipped } from './text-blocks.ts';
import { watchChanges } from './watch-changes.ts';

let matcher: Matcher | undefined;
/** Whatever a page does to its DOM mid-scan, nothing of ours reaches its console. */
const ignore = () => undefined;
const briefs = new Map<number, Promise<Brief | null>>();
const sendToBackground = (message: unknown) => extension.runtime.sendMessage(message);

export interface Session {
  update(settings: Settings): void;
  report(): PageReport;
  next(): void;
  /** Shows the entity's first marked mention and opens its card; false when it has none. */
  show(id: string): boolean;
  stop(): void;
}

export function startSession(initial: Settings, onMarksChanged: () => void): Session {
  let settings = initial;
  const controller = new AbortController();
  const { signal } = controller;
  const started = performance.now();
  matcher ??= compileMatcher(aliasIndex);
  const store = new MarkStore((entity) => aliasIndex.entities[entity]![1]);
  const highlighter = createHighlighter(settings);
  const card = createLazyCard(signal);
  const shadowRoots: ShadowRoot[] = [];
  const isOurs = (node: Node) => card.contains(node);
  const watcher = watchChanges({ signal, isOurs, onChange: (blocks, removed) => void rescan(blocks, removed).catch(ignore) });
  const scanner = createScanner({
    matcher, store, highlighter, signal,
    onShadowRoot(root) {
      shadowRoots.push(root);
      styleShadowRoot(root);
      watcher.observe(root);
    },
  });
  const brief = (entity: number) => {
    const id = aliasIndex.entities[entity]![0];
    if (!briefs.has(entity)) briefs.set(entity, call<BackgroundCalls, 'get-brief'>(sendToBackground, { type: 'get-brief', id }));
    return briefs.get(entity)!;
  };
  const openFull = (entity: number) => void call<BackgroundCalls, 'open-brief'>(sendToBackground, { type: 'open-brief', id: aliasIndex.entities[entity]![0] }).catch(() => undefined);
  const hover = createHover({ store, highlighter, card, signal, shadowRoots, delayMs: () => settings.hoverDelayMs, brief, openFull });

  const rescan = async (blocks: Element[], removed: boolean) => {
    const gone = store.remove((mark) => !mark.nodes.every((node) => node.isConnected) || blocks.some((block) => block.contains(mark.nodes[0]!)));
    highlighter.remove(gone);
    for (const block of blocks) await scanner.scan(block);
    if (gone.length > 0 || blocks.length > 0 || removed) onMarksChanged();
  };

  watcher.observe(document);
  const root = document.body ?? document.documentElement;
  const visible = firstVisibleBlock(root);
  const firstScan = visible ? scanner.scan(root, { from: visible }).then(() => scanner.scan(root, { until: visible })) : scanner.scan(root);
  const afterFirstScan = () => {
    if (signal.aborted) return;
    // For the benchmark and tests: how long the first scan took, read from the page's performance timeline.
    const { firstSliceEnd, ...stats } = scanner.stats;
    performance.measure('backstory:scan', { start: started, detail: { ...stats, firstSliceMs: firstSliceEnd - started, marks: store.marks.size } });
    onMarksChanged();
  };
  firstScan.then(afterFirstScan).catch(ignore);

  return {
    update(next) {
      settings = next;
      hover.hide();
      highlighter.reset(store.marks, settings);
      onMarksChanged();
    },
    report() {
      const counts = new Map<string, number>();
      const marked = new Map<string, number>();
      for (const mark of store.marks) {
        if (!settings.kinds[mark.kind]) continue;
        const id = aliasIndex.entities[mark.entity]![0];
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (highlighter.isShown(mark)) marked.set(id, (marked.get(id) ?? 0) + 1);
      }
      return pageReportOf([...counts].map(([id, count]) => ({ id, count, marked: marked.get(id) ?? 0 })));
    },
    next: () => hover.next(),
    show(id) {
      const marks = [...store.marks].filter((mark) => aliasIndex.entities[mark.entity]![0] === id && highlighter.isShown(mark));
      return showMention(marks, { card, brief, openFull, signal });
    },
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

let sheet: CSSStyleSheet | undefined;
/** ::highlight() rules do not cross into shadow trees: each open shadow root gets them too. */
function styleShadowRoot(root: ShadowRoot) {
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(highlightCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A page may have frozen or replaced adoptedStyleSheets; its shadow text then stays unstyled.
  }
}
