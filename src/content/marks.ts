// The mentions found on the page, as StaticRanges over its text nodes (live Ranges would tax every
// later DOM change the page makes), indexed by text node for hit-testing and removal, and by block.
// Each knows whether the page's editorial rules let it be shown, in each mode (see page-regions.ts).
import type { EntityKind } from '../shared/alias-index.ts';
import { datelineLength } from './dateline.ts';
import type { Region } from './page-regions.ts';
import { nodeIndexAt, type TextBlock } from './text-blocks.ts';

export class Mark {
  private staticRange: StaticRange | undefined;

  constructor(
    readonly entity: number,
    readonly kind: EntityKind,
    /** Outside navigation and page chrome: every-mention mode shows it. */
    readonly inText: boolean,
    /** Calm mode shows it: the entity's first mention in its article's main text (a common entity's only on a page about the story). */
    public calm: boolean,
    /** The article it belongs to; null for the page. */
    readonly scope: Element | null,
    /** The text nodes it spans, in order: it starts in the first and ends in the last. */
    readonly nodes: Text[],
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  get startNode(): Text {
    return this.nodes[0]!;
  }

  get endNode(): Text {
    return this.nodes[this.nodes.length - 1]!;
  }

  /**
   * Made when first asked for: most marks are never registered near the viewport, hovered or gone to, and each
   * StaticRange, and each read of its boundaries, is a call into the DOM (20,000 marks of one text node: ~75 ms).
   */
  get range(): StaticRange {
    return (this.staticRange ??= new StaticRange({ startContainer: this.startNode, startOffset: this.startOffset, endContainer: this.endNode, endOffset: this.endOffset }));
  }
}

export interface MarkRules {
  kindOf(entity: number): EntityKind;
  isCommon(entity: number): boolean;
  regionOf(block: TextBlock): Region;
}

export interface FoundMention {
  start: number;
  end: number;
  entity: number;
}

export class MarkStore {
  readonly marks = new Set<Mark>();
  /** Each text node's marks, in text order. */
  private readonly byNode = new Map<Text, Mark[]>();
  /** Each article's (and the page's) first mention of each entity in its main text. */
  private readonly firsts = new Map<Element | null, Map<number, Mark>>();
  /** The page is about one of our stories: calm mode shows common entities too. */
  private onTopic = false;

  /** Each block's region and dateline, found with its first mentions: a block's mentions may come in many pieces (scanner.ts). */
  private readonly blockContexts = new WeakMap<TextBlock, Region & { datelineEnd: number }>();

  constructor(private readonly rules: MarkRules) {}

  /** Linear in the mentions: they come sorted, so each node's list only grows at its end. */
  addBlock(block: TextBlock, mentions: FoundMention[]): Mark[] {
    const added: Mark[] = [];
    if (mentions.length === 0) return added;
    let context = this.blockContexts.get(block);
    if (!context) {
      const { role, scope } = this.rules.regionOf(block);
      const datelineEnd = role === 'main' && mentions[0]!.start < 40 ? datelineLength(textStart(block, 120)) : 0;
      this.blockContexts.set(block, (context = { role, scope, datelineEnd }));
    }
    const { role, scope, datelineEnd } = context;
    let firsts = this.firsts.get(scope);
    if (!firsts) this.firsts.set(scope, (firsts = new Map()));
    let first = nodeIndexAt(block, mentions[0]!.start);
    for (const mention of mentions) {
      while (first + 1 < block.starts.length && block.starts[first + 1]! <= mention.start) first++;
      let last = first;
      while (last + 1 < block.starts.length && block.starts[last + 1]! < mention.end) last++;
      const startNode = block.nodes[first]!;
      const startOffset = mention.start - block.starts[first]!;
      // A block read twice (changed before the first scan reached it) keeps one mark.
      if (this.markStartingAt(startNode, startOffset)) continue;
      const nodes = first === last ? [startNode] : block.nodes.slice(first, last + 1);
      const { entity } = mention;
      const isFirst = role === 'main' && mention.end > datelineEnd && !firsts.has(entity);
      const calm = isFirst && (this.onTopic || !this.rules.isCommon(entity));
      const mark = new Mark(entity, this.rules.kindOf(entity), role !== 'chrome', calm, scope, nodes, startOffset, mention.end - block.starts[last]!);
      if (isFirst) firsts.set(entity, mark);
      this.marks.add(mark);
      for (const node of nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
      added.push(mark);
    }
    return added;
  }

  /** The page turned out to be about the story: the first mention of each common entity is shown too; those marks. */
  showCommon(): Mark[] {
    this.onTopic = true;
    const shown: Mark[] = [];
    for (const firsts of this.firsts.values()) {
      for (const mark of firsts.values()) {
        if (mark.calm) continue;
        mark.calm = true;
        shown.push(mark);
      }
    }
    return shown;
  }

  /** The mark covering this point of the text, if any. */
  at(node: Node, offset: number): Mark | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    const mark = list[lastStartingAtOrBefore(list, node, offset)];
    if (!mark) return undefined;
    return node !== mark.endNode || offset < mark.endOffset ? mark : undefined;
  }

  /** Removes the marks that touch any of these text nodes; returns them. */
  removeNodes(nodes: Iterable<Text>): Mark[] {
    const removed: Mark[] = [];
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      for (const mark of list) {
        if (!this.marks.delete(mark)) continue;
        removed.push(mark);
        // The next mention read in its place becomes the first.
        const firsts = this.firsts.get(mark.scope);
        if (firsts?.get(mark.entity) === mark) firsts.delete(mark.entity);
        if (firsts?.size === 0) this.firsts.delete(mark.scope);
        for (const other of mark.nodes) if (other !== node) this.dropFromNode(other, mark);
      }
      this.byNode.delete(node);
    }
    return removed;
  }

  clear(): void {
    this.marks.clear();
    this.byNode.clear();
    this.firsts.clear();
  }

  private markStartingAt(node: Text, offset: number): boolean {
    const list = this.byNode.get(node);
    const mark = list?.[lastStartingAtOrBefore(list, node, offset)];
    return mark?.startNode === node && mark.startOffset === offset;
  }

  private dropFromNode(node: Text, mark: Mark): void {
    const rest = this.byNode.get(node)?.filter((other) => other !== mark) ?? [];
    if (rest.length > 0) this.byNode.set(node, rest);
    else this.byNode.delete(node);
  }
}

/** The first `length` characters of the block's text, or all of it. */
function textStart(block: TextBlock, length: number): string {
  let text = '';
  for (const node of block.nodes) {
    text += node.data;
    if (text.length >= length) break;
  }
  return text.slice(0, length);
}

/** Index of the last mark of `list` (in text order) that starts at or before this point of `node`. */
function lastStartingAtOrBefore(list: Mark[], node: Node, offset: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mark = list[middle]!;
    // A mark that starts in an earlier node starts before any point of this one.
    if (mark.startNode !== node || mark.startOffset <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Document order, shadow trees included: a node inside a shadow root sorts at its host's place. */
export function inDocumentOrder(a: Mark, b: Mark): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const pathA = treePath(a.startNode);
  const pathB = treePath(b.startNode);
  let i = 0;
  while (pathA[i] === pathB[i]) i++;
  // Now both are in the same tree: the document, or the shadow root of the last host they share.
  return pathA[i]!.compareDocumentPosition(pathB[i]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The shadow hosts above a node, outermost first, then the node. */
function treePath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) path.push(root.host);
  return path.reverse();
}
