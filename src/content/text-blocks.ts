// Walks a subtree's text in document order and groups it into blocks: the text of one paragraph,
// heading or list item, across inline elements, so "<b>Volodymyr</b> Zelensky" reads as one name.
const inlineTags = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);
const skippedTags = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'SVG', 'MATH',
  'IFRAME', 'FRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'BACKSTORY-CARD',
]);
const sectionTags = new Set(['ARTICLE', 'SECTION', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface TextBlock {
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
  /** Mentions in one section share a number: the calm mode marks the first of each entity per section. */
  section: number;
}

export function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function blockOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && inlineTags.has(element.tagName.toUpperCase()) && element.parentElement) element = element.parentElement;
  return element;
}

/** Is any ancestor (up to the root) one whose text Backstory leaves alone? */
export function insideSkipped(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) if (isSkipped(element)) return true;
  return false;
}

export interface BlockWalker {
  /** Up to the deadline, the blocks read so far; `done` when the subtree is finished. */
  next(deadline: number): { blocks: TextBlock[]; done: boolean };
  /** Open shadow roots met on the way, to walk as subtrees of their own. */
  shadowRoots: ShadowRoot[];
}

/** Where to start and stop inside the root: the page is read from the viewport on first, then from the top. */
export interface WalkBounds {
  from?: Node;
  until?: Node;
}

export function walkBlocks(root: Node, sections: { next: number }, bounds: WalkBounds = {}): BlockWalker {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const shadowRoots: ShadowRoot[] = [];
  let section = sections.next++;
  let run: Text[] = [];
  let runBlock: Element | null = null;
  let finished = false;
  /** The node the last slice stopped at, not yet read. */
  let pending: Node | null = null;
  if (bounds.from) {
    walker.currentNode = bounds.from;
    pending = bounds.from;
  }

  const flush = (out: TextBlock[]) => {
    if (run.length === 0) return;
    const starts: number[] = [];
    let text = '';
    for (const node of run) {
      starts.push(text.length);
      text += node.data;
    }
    out.push({ nodes: run, starts, text, section });
    run = [];
    runBlock = null;
  };

  const skipChildren = (): Node | null => {
    let next = walker.nextSibling();
    while (!next && walker.parentNode()) next = walker.nextSibling();
    return next;
  };

  return {
    shadowRoots,
    next(deadline) {
      const blocks: TextBlock[] = [];
      let node: Node | null = finished ? null : (pending ?? walker.nextNode());
      pending = null;
      let count = 0;
      while (node && node !== bounds.until) {
        if (node.nodeType === Node.TEXT_NODE) {
          const block = blockOf(node);
          if (block !== runBlock) flush(blocks);
          runBlock = block;
          run.push(node as Text);
          node = walker.nextNode();
        } else {
          const element = node as Element;
          if (isSkipped(element)) {
            flush(blocks);
            node = skipChildren();
            continue;
          }
          if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
          const tag = element.tagName.toUpperCase();
          if (!inlineTags.has(tag)) flush(blocks);
          if (sectionTags.has(tag)) section = sections.next++;
          node = walker.nextNode();
        }
        if (++count % 64 === 0 && performance.now() > deadline) {
          pending = node;
          return { blocks, done: false };
        }
      }
      finished = true;
      flush(blocks);
      return { blocks, done: true };
    },
  };
}
