// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MarkStore } from '../../../src/content/marks.ts';
import type { TextBlock } from '../../../src/content/text-blocks.ts';

// happy-dom has no StaticRange: a plain record of the same fields stands in (real browsers run the e2e tests).
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};

function blockOf(...parts: string[]): TextBlock {
  const nodes = parts.map((part) => document.createTextNode(part));
  const starts = parts.map((_, i) => parts.slice(0, i).join('').length);
  return { nodes, starts, section: 0 };
}

describe('MarkStore', () => {
  it('maps a mention over several text nodes to one range, found from any point inside it', () => {
    const store = new MarkStore(() => 'person');
    const block = blockOf('Volodymyr', ' ', 'Zelensky said');
    const [mark] = store.addBlock(block, [{ start: 0, end: 18, entity: 0 }]);
    expect(mark!.range.startContainer).toBe(block.nodes[0]);
    expect(mark!.range.endContainer).toBe(block.nodes[2]);
    expect(mark!.range.endOffset).toBe(8);
    expect(store.at(block.nodes[1]!, 0)).toBe(mark);
    expect(store.at(block.nodes[2]!, 7)).toBe(mark);
    expect(store.at(block.nodes[2]!, 8)).toBeUndefined();
  });

  it('marks only the first mention of an entity in a section as first', () => {
    const store = new MarkStore(() => 'person');
    const marks = store.addBlock(blockOf('Putin and Putin'), [
      { start: 0, end: 5, entity: 0 },
      { start: 10, end: 15, entity: 0 },
    ]);
    expect(marks.map((m) => m.firstInSection)).toEqual([true, false]);
  });

  it('keeps one mark when the same block is read twice', () => {
    const store = new MarkStore(() => 'place');
    const block = blockOf('Kyiv');
    store.addBlock(block, [{ start: 0, end: 4, entity: 0 }]);
    expect(store.addBlock(block, [{ start: 0, end: 4, entity: 0 }])).toEqual([]);
    expect(store.marks.size).toBe(1);
  });

  it('forgets the marks of removed text nodes, across every node they touch', () => {
    const store = new MarkStore(() => 'place');
    const block = blockOf('Kyiv and Vol', 'odymyr Zelensky');
    store.addBlock(block, [
      { start: 0, end: 4, entity: 0 },
      { start: 9, end: 27, entity: 1 },
    ]);
    expect(store.removeNodes([block.nodes[1]!])).toHaveLength(1);
    expect(store.at(block.nodes[0]!, 10)).toBeUndefined();
    expect(store.at(block.nodes[0]!, 1)).toBeDefined();
    expect(store.removeNodes([block.nodes[0]!])).toHaveLength(1);
    expect(store.marks.size).toBe(0);
  });

  it('marks 20,000 mentions of one text node and finds each by position', () => {
    const store = new MarkStore(() => 'person');
    const block = blockOf('Putin '.repeat(20_000));
    const mentions = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 6, end: i * 6 + 5, entity: 0 }));
    expect(store.addBlock(block, mentions)).toHaveLength(20_000);
    expect(store.addBlock(block, mentions)).toHaveLength(0);
    for (const i of [0, 1, 9_999, 19_999]) {
      expect(store.at(block.nodes[0]!, i * 6 + 2)!.range.startOffset).toBe(i * 6);
      expect(store.at(block.nodes[0]!, i * 6 + 5)).toBeUndefined();
    }
  });
});
