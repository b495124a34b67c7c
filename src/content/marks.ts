// The mentions found on the page, as StaticRanges over its text nodes (live Ranges would tax
// every later DOM change the page makes), indexed by text node for hit-testing.
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
  private readonly byNode = new Map<Text, Mark[]>();
  /** section * 2^16 + entity, for every entity already marked in a section. */
  private readonly seen = new Set<number>();

  constructor(private readonly kindOf: (entity: number) => EntityKind) {}

  addBlock(block: TextBlock, mentions: FoundMention[]): Mark[] {
    const added: Mark[] = [];
    for (const mention of mentions) {
      const first = nodeAt(block, mention.start, false);
      const last = nodeAt(block, mention.end, true);
      const startNode = block.nodes[first]!;
      const startOffset = mention.start - block.starts[first]!;
      // A block changed while the first scan had not reached it yet is read twice: keep one mark.
      if (this.byNode.get(startNode)?.some((m) => m.range.startContainer === startNode && m.range.startOffset === startOffset)) continue;
      const nodes = block.nodes.slice(first, last + 1);
      const range = new StaticRange({
        startContainer: startNode,
        startOffset,
        endContainer: block.nodes[last]!,
        endOffset: mention.end - block.starts[last]!,
      });
      const key = block.section * 0x10000 + mention.entity;
      const mark: Mark = { entity: mention.entity, kind: this.kindOf(mention.entity), firstInSection: !this.seen.has(key), range, nodes };
      this.seen.add(key);
      this.marks.add(mark);
      for (const node of nodes) this.byNode.set(node, [...(this.byNode.get(node) ?? []), mark]);
      added.push(mark);
    }
    return added;
  }

  /** The mark covering this point of the text, if any. */
  at(node: Node, offset: number): Mark | undefined {
    return this.byNode.get(node as Text)?.find((mark) => {
      const { startContainer, startOffset, endContainer, endOffset } = mark.range;
      return (node !== startContainer || offset >= startOffset) && (node !== endContainer || offset < endOffset);
    });
  }

  remove(shouldGo: (mark: Mark) => boolean): Mark[] {
    const removed = [...this.marks].filter(shouldGo);
    for (const mark of removed) {
      this.marks.delete(mark);
      for (const node of mark.nodes) {
        const rest = this.byNode.get(node)?.filter((other) => other !== mark) ?? [];
        if (rest.length > 0) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    return removed;
  }

  clear(): void {
    this.marks.clear();
    this.byNode.clear();
    this.seen.clear();
  }
}

/** The node holding text offset `offset`; `atEnd` picks the node a mention ending there ends in. */
function nodeAt(block: TextBlock, offset: number, atEnd: boolean): number {
  let index = 0;
  while (index + 1 < block.starts.length && (atEnd ? block.starts[index + 1]! < offset : block.starts[index + 1]! <= offset)) index++;
  return index;
}
