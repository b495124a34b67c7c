// Pages that change: a MutationObserver collects the blocks whose text was added or changed, and
// hands them over in batches. Removed text is reported too, so its marks can go.
import { blockOf, insideSkipped, isSkipped } from './text-blocks.ts';

const batchDelayMs = 80;

export interface ChangeWatcher {
  observe(root: Node): void;
}

export function watchChanges(options: {
  signal: AbortSignal;
  isOurs(node: Node): boolean;
  onChange(dirtyBlocks: Element[], somethingRemoved: boolean): void;
}): ChangeWatcher {
  const dirty = new Set<Element>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const touch = (node: Node) => {
    if (options.isOurs(node)) return;
    const block = blockOf(node);
    if (block && !isSkipped(block) && !insideSkipped(block)) dirty.add(block);
  };

  const hasDirtyAncestor = (block: Element) => {
    for (let parent = block.parentElement; parent; parent = parent.parentElement) if (dirty.has(parent)) return true;
    return false;
  };

  const drain = () => {
    timer = undefined;
    const blocks = [...dirty].filter((block) => block.isConnected && !hasDirtyAncestor(block));
    const anyRemoved = removed;
    dirty.clear();
    removed = false;
    if (blocks.length > 0 || anyRemoved) options.onChange(blocks, anyRemoved);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (options.isOurs(record.target)) continue;
      if (record.type === 'characterData') touch(record.target);
      else {
        record.addedNodes.forEach(touch);
        if (record.removedNodes.length > 0) removed = true;
      }
    }
    if ((dirty.size > 0 || removed) && timer === undefined) timer = setTimeout(drain, batchDelayMs);
  });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    observe: (root) => observer.observe(root, { childList: true, subtree: true, characterData: true }),
  };
}
