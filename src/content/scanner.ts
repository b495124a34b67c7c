// Scans subtrees in slices that yield to the page: text blocks -> matcher -> marks -> highlights.
// One block may be cut too: a long text node or one full of names is matched across slices.
import { startBlock, type BlockScan, type Matcher, type Mention } from '../matcher/index.ts';
import type { Highlighter } from './highlighter.ts';
import type { Mark, MarkStore } from './marks.ts';
import type { MayMention } from './may-mention.ts';
import { newSliceStats, nextTask, timedSlice, type SliceStats } from './next-task.ts';
import { nodeAt, walkBlocks, type TextBlock, type WalkBounds } from './text-blocks.ts';
import { languageOf } from './text-language.ts';
import { isVisible } from './visibility.ts';

export interface Scanner {
  /** Scans `root` (and the open shadow roots inside it); resolves when done or aborted. */
  scan(root: Node, bounds?: WalkBounds): Promise<void>;
  stats: SliceStats;
}

/** Marks made between two looks at the clock: a mark made by code still cold takes up to ~30 µs. */
const MARK_PIECE = 64;

export function createScanner(options: {
  matcher: Matcher;
  mayMention: MayMention;
  store: MarkStore;
  highlighter: Highlighter;
  signal: AbortSignal;
  /** Called once for each open shadow root met, to observe it. */
  onShadowRoot(root: ShadowRoot): void;
  /** A block with names that is hidden now (closed <details>, a tab, "read more"): rescanned when revealed. */
  onHiddenBlock(element: Element): void;
}): Scanner {
  const { store, highlighter, signal } = options;
  const stats = newSliceStats();
  const seenShadowRoots = new WeakSet<ShadowRoot>();
  let deadline = 0;
  const outOfTime = () => performance.now() > deadline;
  /** Which elements show their content, as read in this slice (styles cannot change within one). */
  const shownInSlice = new Map<Element, boolean>();

  // The block being matched, kept across slices. Its mentions are marked as they are found, a chunk
  // of text at a time, so that marking 20,000 names of one text node is cut at the budget too. One chunk
  // may free thousands of mentions at once (all those a name waiting for company held back: companions.ts),
  // so they are marked MARK_PIECE at a time. They are highlighted once all are marked, in pieces too, and
  // the highlighter registers them with the last piece (see its add).
  let current: { block: TextBlock; scan: BlockScan; markable?: boolean; marks: Mark[]; found: Mention[]; marked: number; highlighted: number } | undefined;
  const oneChunk = () => true;
  const unfinished = (reading: NonNullable<typeof current>) => !reading.scan.done || reading.marked < reading.found.length;
  const markBlock = (block: TextBlock, parts: string[], matcher: Matcher): boolean => {
    if (current?.block !== block) {
      const language = (offset: number) => languageOf(nodeAt(block, offset).parentElement);
      current = { block, scan: startBlock(matcher, parts, language), marks: [], found: [], marked: 0, highlighted: 0 };
    }
    const reading = current;
    while (unfinished(reading)) {
      if (reading.marked === reading.found.length) {
        reading.found = reading.scan.run(oneChunk);
        reading.marked = 0;
      }
      if (reading.marked < reading.found.length) {
        reading.markable ??= isMarkable(block);
        // Hidden text is read again when it is shown; editable text never.
        if (!reading.markable) break;
        const from = reading.marked;
        reading.marked = Math.min(reading.found.length, from + MARK_PIECE);
        for (const mark of store.addBlock(block, reading.found.slice(from, reading.marked))) reading.marks.push(mark);
      }
      if (outOfTime()) break;
    }
    if (unfinished(reading) && reading.markable !== false) return false;
    while (reading.highlighted < reading.marks.length) {
      if (outOfTime()) return false;
      const piece = reading.marks.slice(reading.highlighted, (reading.highlighted += MARK_PIECE));
      // Less the marks of text the page changed meanwhile (the store dropped them).
      highlighter.add(piece.filter((mark) => store.marks.has(mark)), reading.highlighted < reading.marks.length);
    }
    current = undefined;
    return true;
  };
  const isMarkable = (block: TextBlock): boolean => {
    const text = block.nodes[0]!;
    const element = text.parentElement;
    if (!element || element.isContentEditable) return false;
    if (isVisible(element, shownInSlice, text)) return true;
    options.onHiddenBlock(element);
    return false;
  };

  // Most blocks name nobody: the prefilter turns them away before the automaton, which runs cold.
  // A text node's data is read once: each read is a call into the DOM.
  let passed: { block: TextBlock; parts: string[] } | undefined;
  const visitBlock = (block: TextBlock): boolean => {
    if (block !== passed?.block) {
      const parts = block.nodes.map((node) => node.data);
      if (!options.mayMention(parts)) return true;
      passed = { block, parts };
    }
    return markBlock(block, passed.parts, options.matcher);
  };

  const scan = async (root: Node, bounds?: WalkBounds): Promise<void> => {
    const walker = walkBlocks(root, bounds);
    for (;;) {
      if (signal.aborted) return;
      shownInSlice.clear();
      const done = timedSlice(stats, (sliceDeadline) => walker.next((deadline = sliceDeadline), visitBlock));
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
