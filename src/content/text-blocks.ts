// Walks a subtree's text in document order and groups it into blocks: the text of one paragraph,
// heading or list item, across inline elements, so "<b>Volodymyr</b> Zelensky" reads as one name.
// localName, not tagName: it is lower case in HTML and XHTML alike, with nothing to convert.
import { propertyRegExp } from '../matcher/property-classes.ts';

const inlineTags = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
const skippedTags = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'svg', 'math',
  'iframe', 'frame', 'object', 'canvas', 'video', 'audio', 'head', 'title',
]);

export interface TextBlock {
  nodes: Text[];
  /** Offset of each node's text in the block's text (the nodes' data, concatenated). */
  starts: number[];
}

/** Where in the block's nodes is the one holding `offset` of the block's text (past empty nodes at the same start). */
export function nodeIndexAt(block: TextBlock, offset: number): number {
  let low = 0;
  for (let high = block.starts.length - 1; low < high; ) {
    const mid = (low + high + 1) >> 1;
    if (block.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The text node holding `offset` of the block's text. */
export const nodeAt = (block: TextBlock, offset: number): Text => block.nodes[nodeIndexAt(block, offset)]!;

export function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const isInline = (element: Element) => inlineTags.has(element.localName);

export function blockOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element.parentElement) element = element.parentElement;
  return element;
}

/** Is there any text Backstory would read (or a shadow root that may hold some)? Stops at the first. */
export function hasReadableText(document: Document): boolean {
  const root = document.body ?? document.documentElement;
  // An empty frame's usual case, without a TreeWalker.
  if (!root || (!root.firstChild && !root.shadowRoot)) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; ) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (/\S/.test((node as Text).data)) return true;
    } else if ((node as Element).shadowRoot) return true;
    else if (node !== root && isSkipped(node as Element)) {
      node = skipChildren(walker);
      continue;
    }
    node = walker.nextNode();
  }
  return false;
}

/** The node after the walker's current one and all inside it. */
function skipChildren(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next && walker.parentNode()) next = walker.nextSibling();
  return next;
}

/** Is any ancestor (up to the root) one whose text Backstory leaves alone? */
export function insideSkipped(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) if (isSkipped(element)) return true;
  return false;
}

/**
 * Inline tags that are not displayed inline (flex and grid items are blockified, a span may be
 * `display: block`): "<span>Putin</span><span>Kyiv</span>" in a flex row is two words. Asked only
 * where two letters meet across elements, so the style is rarely computed.
 */
const wordEndRe = propertyRegExp(/[\p{L}\p{N}]$/u);
const wordStartRe = propertyRegExp(/^[\p{L}\p{N}]/u);

function gluedAcrossBlocks(previous: Text, next: Text): boolean {
  if (previous.parentNode === next.parentNode) return false;
  // Only the letters that meet: a regex anchored at the end of a long text would read all of it.
  const end = previous.substringData(Math.max(0, previous.length - 2), 2);
  const start = next.substringData(0, 2);
  if (!wordEndRe.of(end).test(end) || !wordStartRe.of(start).test(start)) return false;
  const displayed = (node: Text) => {
    const parent = node.parentElement;
    return parent ? getComputedStyle(parent).display : 'inline';
  };
  return displayed(previous) !== 'inline' || displayed(next) !== 'inline';
}

export interface BlockWalker {
  /**
   * Reads blocks and hands each to `visit` until the deadline; true when the subtree is finished.
   * `visit` returns false when it ran out of time inside a block: it gets the same block again first.
   */
  next(deadline: number, visit: (block: TextBlock) => boolean): boolean;
  /** Open shadow roots met on the way, to walk as subtrees of their own. */
  shadowRoots: ShadowRoot[];
}

/** Where to start and stop inside the root: the page is read from the viewport on first, then from the top. */
export interface WalkBounds {
  from?: Node;
  until?: Node;
}

export function walkBlocks(root: Node, bounds: WalkBounds = {}): BlockWalker {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  // A root read again may be a shadow host itself (added with its root attached): the walk never visits the root.
  const shadowRoots: ShadowRoot[] = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [];
  let run: Text[] = [];
  let runBlock: Element | null = null;
  let finished = false;
  /** The node the last slice stopped at, not yet read, and the last text node read before it. */
  let pending: Node | null = root.nodeType === Node.TEXT_NODE ? root : null;
  let lastText: Text | null = null;
  let unfinished: TextBlock | null = null;
  if (bounds.from) {
    walker.currentNode = bounds.from;
    pending = bounds.from;
  }

  let visit: (block: TextBlock) => boolean = () => true;
  /** A block was handed to `visit` since the clock was last read: its matching may have taken the slice. */
  let visitedSinceClock = false;
  /** False when `visit` ran out of time inside the block. */
  const flush = (): boolean => {
    // The page may have removed some of the text since the walk read it.
    const nodes = run.every((node) => node.isConnected) ? run : run.filter((node) => node.isConnected);
    run = [];
    runBlock = null;
    if (nodes.length === 0) return true;
    const starts: number[] = [];
    let length = 0;
    for (const node of nodes) {
      starts.push(length);
      length += node.length;
    }
    const block = { nodes, starts };
    visitedSinceClock = true;
    if (visit(block)) return true;
    unfinished = block;
    return false;
  };

  /** Where to go on after a pause: a node the page removed meanwhile would lead the walker out of the tree. */
  const resume = (): Node | null => {
    const inTree = (node: Node | null): node is Node => !!node && node.isConnected && (node === root || root.contains(node));
    if (inTree(pending)) return pending;
    if (inTree(lastText)) {
      walker.currentNode = lastText;
      return walker.nextNode();
    }
    // Nothing left to hold on to: start again (marks already made are not made twice).
    walker.currentNode = root;
    return root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
  };

  // Consecutive text nodes mostly share a parent: remember its block.
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;

  return {
    shadowRoots,
    next(deadline, visitor) {
      visit = visitor;
      if (unfinished) {
        if (!visit(unfinished)) return false;
        unfinished = null;
      }
      if (finished) return true;
      let node: Node | null = pending || lastText ? resume() : walker.nextNode();
      pending = null;
      let count = 0;
      while (node && node !== bounds.until) {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node as Text;
          const parent = text.parentNode;
          if (parent !== lastParent) {
            lastParent = parent;
            lastBlock = blockOf(text);
          }
          const previous = run[run.length - 1];
          if ((lastBlock !== runBlock || (previous && gluedAcrossBlocks(previous, text))) && !flush()) {
            pending = text;
            return false;
          }
          runBlock = lastBlock;
          run.push(text);
          lastText = text;
          node = walker.nextNode();
        } else {
          const element = node as Element;
          const skipped = isSkipped(element);
          if ((skipped || !isInline(element)) && !flush()) {
            pending = element;
            return false;
          }
          if (skipped) {
            node = skipChildren(walker);
            // Nothing follows (the walker is back at the root): the walk is over.
            if (!node) break;
          } else {
            if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
            node = walker.nextNode();
          }
        }
        // The deadline covers the matching and marking that flush() sets off, not only the walk: the clock is read
        // after every block (a paragraph read by code not yet compiled takes a millisecond or more), else every 32 nodes.
        if (++count % 32 !== 0 && !visitedSinceClock) continue;
        visitedSinceClock = false;
        if (performance.now() > deadline) {
          pending = node;
          if (!node) lastText = null;
          return false;
        }
      }
      finished = true;
      return flush();
    },
  };
}
