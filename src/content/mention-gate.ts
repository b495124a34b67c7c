// A session (highlights, hover, the first scan from the viewport, the port that tells an orphaned script)
// starts only once the page has text that may name someone. Until then a page pays for one walk through
// the prefilter, cut into slices as the scan is, and for reading again the text it adds or changes.
import type { ScanStats } from '../shared/messages.ts';
import type { MayMention } from './may-mention.ts';
import { newSliceStats, nextTask, scanStatsOf, timedSlice } from './next-task.ts';
import { walkBlocks } from './text-blocks.ts';
import { watchChanges } from './watch-changes.ts';

export interface MentionGate {
  /** The first walk's figures once it found nothing: a page that names nobody has no scan of its own. */
  stats(): ScanStats | null;
  stop(): void;
}

export function awaitMention(options: {
  mayMention: MayMention;
  /** True once the script is cut off from its extension: the gate stops at the next change it sees. */
  cutOff(): boolean;
  /** Called once (never during awaitMention), when some text may hold one; the gate has stopped by then. */
  onMention(): void;
}): MentionGate {
  const controller = new AbortController();
  const { signal } = controller;
  const started = performance.now();
  const slices = newSliceStats();
  let firstWalkEnd = 0;
  let title = document.title;

  const open = () => {
    if (signal.aborted) return;
    controller.abort();
    options.onMention();
  };

  /** True when some text of `root` (or of the open shadow roots in it) may name someone. */
  const walk = async (root: Node): Promise<boolean> => {
    const walker = walkBlocks(root);
    let passed = false;
    const visit = (block: { nodes: Text[] }) => !(passed = options.mayMention(block.nodes.map((node) => node.data)));
    while (!timedSlice(slices, (deadline) => walker.next(deadline, visit)) && !passed) {
      await nextTask();
      if (signal.aborted) return false;
    }
    if (passed) return true;
    for (const shadowRoot of walker.shadowRoots) {
      watcher.observe(shadowRoot);
      if (await walk(shadowRoot)) return true;
    }
    return false;
  };

  const queued: Node[] = [];
  let walking = false;
  const read = async (roots: Node[]) => {
    queued.push(...roots);
    if (walking) return;
    walking = true;
    while (queued.length > 0 && !signal.aborted) {
      const root = queued.shift()!;
      if (root.isConnected && (await walk(root))) return open();
    }
    walking = false;
  };

  const watcher = watchChanges({
    signal,
    isOurs: () => false,
    onStale: () => undefined,
    onBatch({ dirty, editable }) {
      if (options.cutOff()) return controller.abort();
      // A title set later (a single-page app's next view) decides what the page is about.
      if (document.title !== title && options.mayMention([(title = document.title)])) return open();
      void read([...dirty, ...editable.filter((element) => !(element as HTMLElement).isContentEditable)]);
    },
  });

  const start = async () => {
    if (signal.aborted) return;
    if (options.mayMention([title])) return open();
    watcher.observe(document);
    await read([document.body ?? document.documentElement]);
    firstWalkEnd ||= performance.now();
  };
  // Not while awaitMention runs: its caller holds the gate before the gate can open.
  queueMicrotask(() => void start());

  return {
    stats: () => (firstWalkEnd && !signal.aborted ? scanStatsOf(slices, started, firstWalkEnd - started, 0, 0) : null),
    stop: () => controller.abort(),
  };
}
