// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../src/shared/alias-index.ts';
import { MarkStore, type MarkRules } from '../../../src/content/marks.ts';
import type { Region } from '../../../src/content/page-regions.ts';
import type { TextBlock } from '../../../src/content/text-blocks.ts';
import './static-range.ts';


function blockOf(...parts: string[]): TextBlock {
  const nodes = parts.map((part) => document.createTextNode(part));
  const starts = parts.map((_, i) => parts.slice(0, i).join('').length);
  return { nodes, starts };
}

const mainText: Region = { role: 'main', scope: null };
/** Rules for a test: every block in the main text unless `regions` says otherwise; entity 1 is common. */
const rules = (kind: EntityKind, regions = new Map<TextBlock, Region>()): MarkRules => ({
  kindOf: () => kind,
  isCommon: (entity) => entity === 1,
  regionOf: (block) => regions.get(block) ?? mainText,
});

describe('MarkStore', () => {
  it('maps a mention over several text nodes to one range, found from any point inside it', () => {
    const store = new MarkStore(rules('person'));
    const block = blockOf('Volodymyr', ' ', 'Zelensky said');
    const [mark] = store.addBlock(block, [{ start: 0, end: 18, entity: 0 }]);
    expect(mark!.range.startContainer).toBe(block.nodes[0]);
    expect(mark!.range.endContainer).toBe(block.nodes[2]);
    expect(mark!.range.endOffset).toBe(8);
    expect(store.at(block.nodes[1]!, 0)).toBe(mark);
    expect(store.at(block.nodes[2]!, 7)).toBe(mark);
    expect(store.at(block.nodes[2]!, 8)).toBeUndefined();
  });

  it('shows in calm mode only the first mention of a specific entity in the main text', () => {
    const store = new MarkStore(rules('person'));
    const marks = [
      ...store.addBlock(blockOf('Putin and Putin'), [{ start: 0, end: 5, entity: 0 }, { start: 10, end: 15, entity: 0 }]),
      ...store.addBlock(blockOf('Putin later'), [{ start: 0, end: 5, entity: 0 }]),
    ];
    expect(marks.map((m) => m.calm)).toEqual([true, false, false]);
    expect(marks.every((m) => m.inText)).toBe(true);
  });

  it('counts the first mention from the main text: not a heading, a byline or the navigation', () => {
    const heading = blockOf('Putin in a heading');
    const byline = blockOf('Putin, Moscow');
    const menu = blockOf('Putin in the menu');
    const body = blockOf('Putin in the text');
    const regions = new Map<TextBlock, Region>([[heading, { role: 'heading', scope: null }], [byline, { role: 'byline', scope: null }], [menu, { role: 'chrome', scope: null }]]);
    const store = new MarkStore(rules('person', regions));
    const marks = [heading, byline, menu, body].flatMap((block) => store.addBlock(block, [{ start: 0, end: 5, entity: 0 }]));
    expect(marks.map((m) => [m.calm, m.inText])).toEqual([[false, true], [false, true], [false, false], [true, true]]);
  });

  it("leaves a wire story's dateline unmarked in calm mode: the place's first mention is in the text", () => {
    const store = new MarkStore(rules('place'));
    const marks = store.addBlock(blockOf('MOSCOW', ' (AP) — Kyiv and Moscow'), [{ start: 0, end: 6, entity: 0 }, { start: 14, end: 18, entity: 2 }, { start: 23, end: 29, entity: 0 }]);
    expect(marks.map((m) => m.calm)).toEqual([false, true, true]);
    expect(marks[0]!.inText).toBe(true);
  });

  it("marks a block's mentions in pieces as in one go: the dateline, the region and the nodes are the block's", () => {
    const mentions = [{ start: 0, end: 6, entity: 0 }, { start: 14, end: 18, entity: 2 }, { start: 23, end: 29, entity: 0 }, { start: 29, end: 33, entity: 2 }];
    const parts = ['MOSCOW', ' (AP) — Kyiv and ', 'Moscow', 'Kyiv'];
    const whole = new MarkStore(rules('place')).addBlock(blockOf(...parts), mentions);
    // Asked again for a later piece, the region would be the page's chrome: each piece's marks would then differ.
    let regionsAsked = 0;
    const inPieces = new MarkStore({ ...rules('place'), regionOf: () => (regionsAsked++ === 0 ? mainText : { role: 'chrome', scope: null }) });
    const block = blockOf(...parts);
    const marks = [mentions.slice(0, 1), mentions.slice(1, 3), mentions.slice(3)].flatMap((piece) => inPieces.addBlock(block, piece));
    const shape = (mark: (typeof marks)[number]) => [mark.calm, mark.inText, mark.range.startContainer.textContent, mark.range.startOffset, mark.range.endOffset];
    expect(marks.map(shape)).toEqual(whole.map(shape));
    expect(marks.map((mark) => mark.range.startContainer)).toEqual([0, 1, 2, 3].map((i) => block.nodes[i]));
  });

  it('marks a name once in each article of a live blog', () => {
    const [first, second] = [document.createElement('article'), document.createElement('article')];
    const blocks = [blockOf('Putin'), blockOf('Putin'), blockOf('Putin'), blockOf('Putin')];
    const regions = new Map<TextBlock, Region>(blocks.map((block, i) => [block, { role: 'main', scope: i < 2 ? first : second }]));
    const store = new MarkStore(rules('person', regions));
    const marks = blocks.flatMap((block) => store.addBlock(block, [{ start: 0, end: 5, entity: 0 }]));
    expect(marks.map((m) => m.calm)).toEqual([true, false, true, false]);
  });

  it('shows a common entity in calm mode only once the page is found to be about the story, and then once', () => {
    const store = new MarkStore(rules('place'));
    const marks = store.addBlock(blockOf('Russia, Russia'), [{ start: 0, end: 6, entity: 1 }, { start: 8, end: 14, entity: 1 }]);
    expect(marks.map((m) => m.calm)).toEqual([false, false]);
    expect(store.showCommon()).toEqual([marks[0]]);
    expect(marks.map((m) => m.calm)).toEqual([true, false]);
    const later = store.addBlock(blockOf('Russia'), [{ start: 0, end: 6, entity: 1 }]);
    expect(later[0]!.calm).toBe(false);
    expect(store.addBlock(blockOf('Russia and Kyiv'), [{ start: 0, end: 6, entity: 1 }, { start: 11, end: 15, entity: 2 }]).map((m) => m.calm)).toEqual([false, true]);
  });

  it('lets the next mention read be the first when the first one is removed with its text', () => {
    const store = new MarkStore(rules('person'));
    const block = blockOf('Putin');
    store.addBlock(block, [{ start: 0, end: 5, entity: 0 }]);
    store.removeNodes(block.nodes);
    expect(store.addBlock(blockOf('Putin again'), [{ start: 0, end: 5, entity: 0 }])[0]!.calm).toBe(true);
  });

  it('keeps one mark when the same block is read twice', () => {
    const store = new MarkStore(rules('place'));
    const block = blockOf('Kyiv');
    store.addBlock(block, [{ start: 0, end: 4, entity: 0 }]);
    expect(store.addBlock(block, [{ start: 0, end: 4, entity: 0 }])).toEqual([]);
    expect(store.marks.size).toBe(1);
  });

  it('forgets the marks of removed text nodes, across every node they touch', () => {
    const store = new MarkStore(rules('place'));
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
    const store = new MarkStore(rules('person'));
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
