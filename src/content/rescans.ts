// One scan at a time: the first scan of the page, then whatever changed meanwhile, merged. Marks are
// never made for nodes that a scan still running would have to clean up after.
import { nextTask } from './next-task.ts';
import type { Scanner } from './scanner.ts';
import { hasAncestorIn } from './watch-changes.ts';

export interface Rescans {
  /** The page's first scan: from the block in view when the page opened scrolled down, then the top. */
  first(root: Element, visible: Element | undefined): Promise<void>;
  /** Reads this subtree again, after what is scanning now. */
  add(node: Node): void;
}

export function createRescans(options: { scanner: Scanner; signal: AbortSignal; onFirstScanned(): void; onScanned(): void }): Rescans {
  const { scanner, signal } = options;
  const queued = new Set<Node>();
  let running: Promise<void> | undefined;

  const drain = async () => {
    while (queued.size > 0 && !signal.aborted) {
      const batch = [...queued].filter((node) => node.isConnected && !hasAncestorIn(node, queued));
      queued.clear();
      for (const node of batch) if (node.isConnected) await scanner.scan(node);
      options.onScanned();
    }
  };
  /** Runs `work` as the one scan under way; what was queued meanwhile follows. */
  const track = (work: Promise<void>) =>
    (running = work.catch(() => undefined).finally(() => {
      running = undefined;
      if (queued.size > 0 && !signal.aborted) pump();
    }));
  const pump = () => void (running ?? track(drain()));

  return {
    first(root, visible) {
      return track(
        (async () => {
          // The first slice is a task of its own, not added to the session's setup.
          await nextTask();
          if (signal.aborted) return;
          if (visible) {
            await scanner.scan(root, { from: visible });
            await scanner.scan(root, { until: visible });
          } else await scanner.scan(root);
          if (signal.aborted) return;
          options.onFirstScanned();
          options.onScanned();
        })(),
      );
    },
    add(node) {
      queued.add(node);
      pump();
    },
  };
}
