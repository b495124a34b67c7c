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
  return { nodes, starts, text: parts.join(''), section: 0 };
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

  it('forgets removed marks', () => {
    const store = new MarkStore(() => 'place');
    const block = blockOf('Kyiv');
    store.addBlock(block, [{ start: 0, end: 4, entity: 0 }]);
    expect(store.remove(() => true)).toHaveLength(1);
    expect(store.at(block.nodes[0]!, 1)).toBeUndefined();
  });
});
