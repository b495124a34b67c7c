// Pages that change. A MutationObserver reports, at once, the text nodes whose marks are stale (their
// text changed or left the page), so no highlight is ever painted over other characters; and, in
// batches, what to read again: blocks with new text, elements that may have revealed hidden text.
import { blockOf, insideSkipped, isSkipped } from './text-blocks.ts';

const batchDelayMs = 80;
/** Attributes that show or hide text, or make it editable. */
const watchedAttributes = ['hidden', 'open', 'class', 'style', 'aria-hidden', 'contenteditable'];

export interface ChangeWatcher {
  observe(root: Node): void;
}

export function watchChanges(options: {
  signal: AbortSignal;
  isOurs(node: Node): boolean;
  /** Text nodes whose marks must go now. */
  onStale(texts: Text[]): void;
  /**
   * Subtrees to read again (blocks, nodes added at the top of the page, elements no longer `hidden`),
   * elements whose look changed (they may reveal text), and elements made editable or not.
   */
  onBatch(batch: { dirty: Node[]; restyled: Element[]; editable: Element[] }): void;
}): ChangeWatcher {
  const dirty = new Set<Node>();
  const restyled = new Set<Element>();
  const editable = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const touch = (node: Node) => {
    if (options.isOurs(node)) return;
    const block = blockOf(node);
    if (!block || isSkipped(block) || insideSkipped(block)) return;
    // Text or an inline element added right under <body> is read as a run of its own: taking <body>
    // as the block would re-read the whole page.
    dirty.add(block === document.body || block === document.documentElement || !block.parentElement ? node : block);
  };

  const drain = () => {
    timer = undefined;
    const nodes = [...dirty].filter((node) => node.isConnected && !hasAncestorIn(node, dirty));
    const connected = (set: Set<Element>) => [...set].filter((element) => element.isConnected);
    const batch = { dirty: nodes, restyled: connected(restyled), editable: connected(editable) };
    dirty.clear();
    restyled.clear();
    editable.clear();
    options.onBatch(batch);
  };

  const observer = new MutationObserver((records) => {
    const stale: Text[] = [];
    for (const record of records) {
      if (options.isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        stale.push(record.target as Text);
        touch(record.target);
      } else if (record.type === 'attributes') {
        const element = record.target as Element;
        if (record.attributeName === 'contenteditable') editable.add(element);
        // A subtree that was `hidden` was never read.
        else if (record.attributeName === 'hidden' && !element.hasAttribute('hidden')) touch(element);
        else restyled.add(element);
      } else {
        record.removedNodes.forEach((node) => textsOf(node, stale));
        record.addedNodes.forEach(touch);
      }
    }
    if (stale.length > 0) options.onStale(stale);
    if ((dirty.size > 0 || restyled.size > 0 || editable.size > 0) && timer === undefined) timer = setTimeout(drain, batchDelayMs);
  });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    observe: (root) =>
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: watchedAttributes }),
  };
}

/** The text nodes of a subtree (the node itself if it is one), appended to `out`. */
export function textsOf(node: Node, out: Text[]): Text[] {
  if (node.nodeType === Node.TEXT_NODE) out.push(node as Text);
  else if (node.hasChildNodes()) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) out.push(text as Text);
  }
  return out;
}

/** Is an ancestor of `node` in `nodes`? Then reading that ancestor reads `node` too. */
export function hasAncestorIn(node: Node, nodes: Set<Node>): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (nodes.has(parent)) return true;
  return false;
}
