// @vitest-environment happy-dom
// The block walk cut into slices, wherever the cuts fall, reads the same blocks as one unsliced walk.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { walkBlocks, type TextBlock } from '../../../src/content/text-blocks.ts';

type Tree = string | { tag: string; children: Tree[] };

const tags = ['p', 'div', 'span', 'b', 'a', 'em', 'h2', 'section', 'li', 'script', 'pre', 'article'];
const words = ['Putin', 'Kyiv', ' ', 'met ', 'Zelensky', '', 'a b', '.', 'x'];
const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((self) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(...words), self('element')),
  element: fc.record({ tag: fc.constantFrom(...tags), children: fc.array(self('tree'), { maxLength: 5 }) }),
}));
/** Many top-level subtrees, so that the walk passes its every-32-nodes clock check several times. */
const page = fc.array(tree, { minLength: 1, maxLength: 40 });

function build(trees: Tree[]): HTMLElement {
  const make = (t: Tree): Node => {
    if (typeof t === 'string') return document.createTextNode(t);
    const element = document.createElement(t.tag);
    element.append(...t.children.map(make));
    return element;
  };
  const root = document.createElement('div');
  root.append(...trees.map(make));
  document.body.append(root);
  return root;
}

/** What a test compares: each block as its nodes' positions among the root's text nodes. */
function describeBlocks(root: Node, blocks: TextBlock[]): number[][] {
  const texts: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
  return blocks.map((block) => block.nodes.map((node) => texts.indexOf(node)));
}

/**
 * Walks `root` to the end. `clockSaysLate(i)` answers the walk's i-th look at the clock, `refuse(i)`
 * whether the i-th block offered is sent back (the matcher ran out of time inside it).
 */
function walk(root: Node, clockSaysLate: (i: number) => boolean, refuse: (i: number) => boolean) {
  let looks = 0;
  let offers = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (clockSaysLate(looks++) ? 1 : -1));
  const walker = walkBlocks(root);
  const accepted: TextBlock[] = [];
  let refusedLast: TextBlock | undefined;
  const visit = (block: TextBlock) => {
    // A block sent back comes again first; the matcher always advances, so it takes it at the latest then.
    if (block !== refusedLast && refuse(offers++)) {
      refusedLast = block;
      return false;
    }
    refusedLast = undefined;
    accepted.push(block);
    return true;
  };
  let slices = 1;
  while (!walker.next(0, visit)) if (++slices > 10_000) throw new Error('the walk does not advance');
  vi.restoreAllMocks();
  return { blocks: describeBlocks(root, accepted), shadowRoots: walker.shadowRoots, looks, offers, slices };
}

const never = () => false;

describe('walkBlocks sliced', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('reads the same blocks with one cut at any point: each clock check and each block offered', () => {
    fc.assert(
      fc.property(page, (trees) => {
        const root = build(trees);
        const whole = walk(root, never, never);
        for (let cut = 0; cut < whole.looks; cut++) {
          const sliced = walk(root, (i) => i === cut, never);
          expect(sliced.slices).toBe(2);
          expect(sliced.blocks).toEqual(whole.blocks);
        }
        for (let cut = 0; cut < whole.offers; cut++) {
          expect(walk(root, never, (i) => i === cut).blocks).toEqual(whole.blocks);
        }
        root.remove();
      }),
      { numRuns: 60 },
    );
  });

  it('reads the same blocks and shadow roots however many cuts fall, and wherever', () => {
    const pattern = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(page, pattern, pattern, fc.nat(20), (trees, clock, refusals, shadowAt) => {
        const root = build(trees);
        const host = root.querySelectorAll('div, section, p')[shadowAt];
        host?.attachShadow({ mode: 'open' }).append('Witkoff');
        const whole = walk(root, never, never);
        const sliced = walk(root, (i) => clock[i % clock.length]!, (i) => refusals[i % refusals.length]!);
        expect(sliced.blocks).toEqual(whole.blocks);
        expect(sliced.shadowRoots).toEqual(whole.shadowRoots);
        root.remove();
      }),
      { numRuns: 300 },
    );
  });

  it('reads the clock after every block it hands on, however few nodes it passed', () => {
    const root = build(Array.from({ length: 8 }, (_, i) => ({ tag: 'p', children: [`Paragraph ${i}`] })));
    const sliced = walk(root, () => true, never);
    expect(sliced.blocks).toHaveLength(8);
    // Each paragraph but the last ends a slice: the last ends the walk.
    expect(sliced.slices).toBe(8);
  });

  it('reads the clock among thousands of elements it skips, one after another', () => {
    const root = build([...Array.from({ length: 2_000 }, () => ({ tag: 'script', children: ['x'] })), { tag: 'p', children: ['Putin'] }]);
    const sliced = walk(root, () => true, never);
    expect(sliced.slices).toBeGreaterThan(50);
    expect(sliced.blocks).toEqual(walk(root, never, never).blocks);
  });

  it('cuts a long page into many slices at the clock checks', () => {
    const root = build(Array.from({ length: 400 }, (_, i) => ({ tag: 'p', children: [`Paragraph ${i} `, { tag: 'b', children: ['Putin'] }] })));
    const whole = walk(root, never, never);
    const sliced = walk(root, () => true, never);
    expect(whole.blocks).toHaveLength(400);
    expect(sliced.slices).toBeGreaterThan(20);
    expect(sliced.blocks).toEqual(whole.blocks);
  });
});
