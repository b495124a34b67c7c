// Scans subtrees in slices that yield to the page: text blocks -> matcher -> marks -> highlights.
import { findMentions, type Matcher } from '../matcher/index.ts';
import type { Highlighter } from './highlighter.ts';
import type { MarkStore } from './marks.ts';
import { nextTask, sliceBudgetMs } from './next-task.ts';
import { walkBlocks, type TextBlock, type WalkBounds } from './text-blocks.ts';

export interface ScanStats {
  /** Our own time on the main thread. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** When the first slice ended (performance.now()): the top of the page is marked by then. */
  firstSliceEnd: number;
}

export interface Scanner {
  /** Scans `root` (and the open shadow roots inside it); resolves when done or aborted. */
  scan(root: Node, bounds?: WalkBounds): Promise<void>;
  stats: ScanStats;
}

export function createScanner(options: {
  matcher: Matcher;
  store: MarkStore;
  highlighter: Highlighter;
  signal: AbortSignal;
  /** Called once for each open shadow root met, to style and observe it. */
  onShadowRoot(root: ShadowRoot): void;
}): Scanner {
  const { matcher, store, highlighter, signal } = options;
  const sections = { next: 0 };
  const stats: ScanStats = { busyMs: 0, longestSliceMs: 0, slices: 0, firstSliceEnd: 0 };
  const seenShadowRoots = new WeakSet<ShadowRoot>();

  const markBlock = (block: TextBlock) => {
    const mentions = findMentions(matcher, block.text);
    if (mentions.length > 0 && isVisible(block)) highlighter.add(store.addBlock(block, mentions));
  };

  const scan = async (root: Node, bounds?: WalkBounds): Promise<void> => {
    const walker = walkBlocks(root, sections, bounds);
    for (;;) {
      if (signal.aborted) return;
      const start = performance.now();
      const done = walker.next(start + sliceBudgetMs, markBlock);
      const end = performance.now();
      const took = end - start;
      stats.firstSliceEnd ||= end;
      stats.busyMs += took;
      stats.slices++;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
      if (done) break;
      await nextTask();
    }
    for (const shadowRoot of walker.shadowRoots) {
      if (seenShadowRoots.has(shadowRoot)) continue;
      seenShadowRoots.add(shadowRoot);
      options.onShadowRoot(shadowRoot);
      await scan(shadowRoot);
    }
  };

  return { scan, stats };
}

function isVisible(block: TextBlock): boolean {
  const element = block.nodes[0]?.parentElement;
  if (!element) return false;
  // checkVisibility: Chrome 105, Firefox 106; both option names, for the versions between.
  return element.checkVisibility?.({ checkVisibilityCSS: true, visibilityProperty: true } as CheckVisibilityOptions) ?? true;
}
