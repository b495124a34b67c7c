// The mentions found on the page, as StaticRanges over its text nodes (live Ranges would tax every
// later DOM change the page makes), indexed by text node for hit-testing and removal, and by block.
import type { EntityKind } from '../shared/alias-index.ts';
import type { TextBlock } from './text-blocks.ts';

export interface Mark {
  entity: number;
  kind: EntityKind;
  /** Calm mode marks only the first mention of an entity in each section. */
  firstInSection: boolean;
  range: StaticRange;
  nodes: Text[];
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
  /** section * 2^16 + entity, for every entity already marked in a section. */
  private readonly seen = new Set<number>();

  constructor(private readonly kindOf: (entity: number) => EntityKind) {}

  /** Linear in the mentions: they come sorted, so each node's list only grows at its end. */
  addBlock(block: TextBlock, mentions: FoundMention[]): Mark[] {
    const added: Mark[] = [];
    let first = 0;
    for (const mention of mentions) {
      while (first + 1 < block.starts.length && block.starts[first + 1]! <= mention.start) first++;
      let last = first;
      while (last + 1 < block.starts.length && block.starts[last + 1]! < mention.end) last++;
      const startNode = block.nodes[first]!;
      const startOffset = mention.start - block.starts[first]!;
      // A block read twice (changed before the first scan reached it) keeps one mark.
      if (this.markStartingAt(startNode, startOffset)) continue;
      const nodes = first === last ? [startNode] : block.nodes.slice(first, last + 1);
      const range = new StaticRange({ startContainer: startNode, startOffset, endContainer: block.nodes[last]!, endOffset: mention.end - block.starts[last]! });
      const key = block.section * 0x10000 + mention.entity;
      const mark: Mark = { entity: mention.entity, kind: this.kindOf(mention.entity), firstInSection: !this.seen.has(key), range, nodes };
      this.seen.add(key);
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

  /** The mark covering this point of the text, if any. */
  at(node: Node, offset: number): Mark | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    const mark = list[lastStartingAtOrBefore(list, node, offset)];
    if (!mark) return undefined;
    const { endContainer, endOffset } = mark.range;
    return node !== endContainer || offset < endOffset ? mark : undefined;
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
        for (const other of mark.nodes) if (other !== node) this.dropFromNode(other, mark);
      }
      this.byNode.delete(node);
    }
    return removed;
  }

  clear(): void {
    this.marks.clear();
    this.byNode.clear();
    this.seen.clear();
  }

  private markStartingAt(node: Text, offset: number): boolean {
    const list = this.byNode.get(node);
    const mark = list?.[lastStartingAtOrBefore(list, node, offset)];
    return mark?.range.startContainer === node && mark.range.startOffset === offset;
  }

  private dropFromNode(node: Text, mark: Mark): void {
    const rest = this.byNode.get(node)?.filter((other) => other !== mark) ?? [];
    if (rest.length > 0) this.byNode.set(node, rest);
    else this.byNode.delete(node);
  }
}

/** Index of the last mark of `list` (in text order) that starts at or before this point of `node`. */
function lastStartingAtOrBefore(list: Mark[], node: Node, offset: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { startContainer, startOffset } = list[middle]!.range;
    // A mark that starts in an earlier node starts before any point of this one.
    if (startContainer !== node || startOffset <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Document order, shadow trees included: a node inside a shadow root sorts at its host's place. */
export function inDocumentOrder(a: Mark, b: Mark): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  const pathA = treePath(a.range.startContainer);
  const pathB = treePath(b.range.startContainer);
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
