import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, startBlock, type Matcher, type Mention } from '../../../src/matcher/index.ts';
import { AliasFlag } from '../../../src/shared/alias-index.ts';
import { makeIndex, PERSON } from './helpers.ts';

const index = makeIndex(
  [
    ['putin', PERSON],
    ['trump', PERSON],
    ['kyiv', 'place'],
    ['vladimir', 'place'],
  ],
  [
    ['Putin', 'putin', AliasFlag.Surname],
    ['Vladimir Putin', 'putin'],
    ['Trump', 'trump', AliasFlag.Surname],
    ['Kyiv', 'kyiv', AliasFlag.FoldDiacritics],
    ['Vladimir', 'vladimir'],
  ],
  ['melania'],
);
const matcher = compileMatcher(index);

/** Every mention of a block, `run` asked to stop after every chunk. */
function runAll(m: Matcher, parts: string[], stopEvery = true): { mentions: Mention[]; runs: number } {
  const scan = startBlock(m, parts);
  const mentions: Mention[] = [];
  let runs = 0;
  while (!scan.done) {
    mentions.push(...scan.run(() => stopEvery));
    runs++;
  }
  return { mentions, runs };
}

const texts = (parts: string[]) => runAll(matcher, parts).mentions.map(({ start, end }) => parts.join('').slice(start, end));

describe('a block split in text nodes', () => {
  it('carries the automaton across node edges, with offsets over the whole block', () => {
    expect(runAll(matcher, ['said Vladimir ', 'Pu', '', 'tin in K', 'yiv']).mentions).toEqual([
      { start: 5, end: 19, entity: 0 },
      { start: 23, end: 27, entity: 2 },
    ]);
  });

  it('reads word boundaries, case, possessives and given names across node edges', () => {
    expect(texts(['Putin', 'ism and Ky', 'ïv'])).toEqual(['Kyïv']);
    expect(texts(['Putin', '’s ', 'TRU', 'MP'])).toEqual(['Putin', 'TRUMP']);
    expect(texts(['tr', 'ump met Melania', ' ', 'Trump'])).toEqual([]);
    expect(texts(['Melania', '\ufffc', 'Trump'])).toEqual(['Trump']);
  });

  it('finds nothing in no parts or empty parts', () => {
    expect(runAll(matcher, []).mentions).toEqual([]);
    expect(runAll(matcher, ['', '']).mentions).toEqual([]);
  });

  it('cuts a long part and gives each mention once, when it can no longer change', () => {
    const text = 'Vladimir Putin and Trump. '.repeat(2000);
    const scan = startBlock(matcher, [text]);
    let asked = 0;
    const first = scan.run(() => ++asked > 0);
    expect(scan.done).toBe(false);
    expect(asked).toBe(1);
    expect(first.length).toBeGreaterThan(0);
    expect(first.at(-1)!.end).toBeLessThanOrEqual(1024);
    const rest = runAll(matcher, [text]).mentions;
    expect(rest).toEqual(findMentions(matcher, text));
    expect(rest).toHaveLength(4000);
  });

  it('keeps the leftmost longest when a cut falls inside a longer alias', () => {
    // A cut (every 1,024 units) falls inside "Putin" at 4,096, after "Vladimir" was a candidate.
    const text = `${'x'.repeat(4085)} Vladimir Putin`;
    expect(runAll(matcher, [text]).mentions).toEqual([{ start: 4086, end: 4100, entity: 0 }]);
    expect(runAll(matcher, [`${'x'.repeat(4085)} Vladimir`, ' Putin']).mentions).toEqual([{ start: 4086, end: 4100, entity: 0 }]);
  });

  it('stays linear in the candidates: 20,000 names in one node, in slices (time printed)', () => {
    const text = 'Putin, Trump; '.repeat(10_000);
    const started = performance.now();
    const { mentions, runs } = runAll(matcher, [text]);
    const ms = performance.now() - started;
    expect(mentions).toHaveLength(20_000);
    expect(runs).toBeGreaterThan(30);
    console.log(`20,000 names in one text node: ${ms.toFixed(1)} ms in ${runs} runs`);
  });
});
