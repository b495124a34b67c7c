// Walks a subtree's text in document order and groups it into blocks: the text of one paragraph,
// heading or list item, across inline elements, so "<b>Volodymyr</b> Zelensky" reads as one name.
// localName, not tagName: it is lower case in HTML and XHTML alike, with nothing to convert.
const inlineTags = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
const skippedTags = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'svg', 'math',
  'iframe', 'frame', 'object', 'canvas', 'video', 'audio', 'head', 'title', 'backstory-card',
]);
const sectionTags = new Set(['article', 'section', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface TextBlock {
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
  /** Mentions in one section share a number: the calm mode marks the first of each entity per section. */
  section: number;
}

export function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function blockOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && inlineTags.has(element.localName) && element.parentElement) element = element.parentElement;
  return element;
}

/** Is any ancestor (up to the root) one whose text Backstory leaves alone? */
export function insideSkipped(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) if (isSkipped(element)) return true;
  return false;
}

export interface BlockWalker {
  /** Reads blocks and hands each to `visit` until the deadline; true when the subtree is finished. */
  next(deadline: number, visit: (block: TextBlock) => void): boolean;
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

  let visit: (block: TextBlock) => void = () => undefined;
  const flush = () => {
    if (run.length === 0) return;
    if (run.length === 1) visit({ nodes: run, starts: [0], text: run[0]!.data, section });
    else {
      const starts: number[] = [];
      let text = '';
      for (const node of run) {
        starts.push(text.length);
        text += node.data;
      }
      visit({ nodes: run, starts, text, section });
    }
    run = [];
    runBlock = null;
  };

  const skipChildren = (): Node | null => {
    let next = walker.nextSibling();
    while (!next && walker.parentNode()) next = walker.nextSibling();
    return next;
  };

  // Consecutive text nodes mostly share a parent: remember its block.
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;

  return {
    shadowRoots,
    next(deadline, visitor) {
      visit = visitor;
      let node: Node | null = finished ? null : (pending ?? walker.nextNode());
      pending = null;
      let count = 0;
      while (node && node !== bounds.until) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentNode;
          if (parent !== lastParent) {
            lastParent = parent;
            lastBlock = blockOf(node);
          }
          if (lastBlock !== runBlock) flush();
          runBlock = lastBlock;
          run.push(node as Text);
          node = walker.nextNode();
        } else {
          const element = node as Element;
          if (isSkipped(element)) {
            flush();
            node = skipChildren();
            continue;
          }
          if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
          const tag = element.localName;
          if (!inlineTags.has(tag)) flush();
          if (sectionTags.has(tag)) section = sections.next++;
          node = walker.nextNode();
        }
        // The deadline covers the matching and marking that flush() sets off, not only the walk.
        if (++count % 32 === 0 && performance.now() > deadline) {
          pending = node;
          return false;
        }
      }
      finished = true;
      flush();
      return true;
    },
  };
}
