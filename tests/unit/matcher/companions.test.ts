import { describe, expect, it } from 'vitest';
import { compileMatcher, startBlock, type Mention } from '../../../src/matcher/index.ts';
import { foundBySeeds, makeIndex } from './helpers.ts';

const index = makeIndex(
  [['pokrovsk', 'place'], ['kyiv', 'place']],
  [
    ['Pokrovsk', 'pokrovsk'],
    ['Kyiv', 'kyiv'],
  ],
);
// An alias that counts only in a block that also names Pokrovsk.
index.aliases.push(['Krasnoarmeysk', 0, 0, [0]]);
const matcher = compileMatcher(index);

/** The mentions as text, `run` asked to stop at every chance: held mentions must come out in order all the same. */
function texts(parts: string[]): string[] {
  const scan = startBlock(matcher, parts);
  const mentions: Mention[] = [];
  while (!scan.done) mentions.push(...scan.run(() => true));
  return mentions.map(({ start, end }) => parts.join('').slice(start, end));
}

describe('an alias that needs company', () => {
  it('is a mention with its companion before or after it in the block', () => {
    expect(texts(['Pokrovsk, once Krasnoarmeysk, and Kyiv'])).toEqual(['Pokrovsk', 'Krasnoarmeysk', 'Kyiv']);
    expect(texts(['Krasnoarmeysk (now ', 'Pokrovsk) and Kyiv'])).toEqual(['Krasnoarmeysk', 'Pokrovsk', 'Kyiv']);
  });

  it('is no mention alone, and holds back nothing it did not need to', () => {
    expect(texts(['Kyiv and Krasnoarmeysk, Saratov Oblast; Kyiv'])).toEqual(['Kyiv', 'Kyiv']);
    expect(texts(['Krasnoarmeysk ', 'x'.repeat(10_000), ' Kyiv'])).toEqual(['Kyiv']);
  });

  it('keeps mentions sorted across a long block split in parts', () => {
    const parts = ['Krasnoarmeysk ', 'Kyiv '.repeat(2000), 'Pokrovsk'];
    const found = texts(parts);
    expect(found[0]).toBe('Krasnoarmeysk');
    expect(found.at(-1)).toBe('Pokrovsk');
    expect(found).toHaveLength(2002);
  });
});

describe('the aliases the story and other news use', () => {
  it('finds the US negotiating team, European leaders and Russian units in story text', () => {
    expect(foundBySeeds('The US team met Putin. European leaders spoke to Zelensky. Russian units advanced.')).toEqual([
      ['US team', 'us-negotiators'],
      ['Putin', 'putin'],
      ['European leaders', 'european-allies'],
      ['Zelensky', 'zelensky'],
      ['Russian units', 'russian-armed-forces'],
    ]);
    expect(foundBySeeds('Witkoff said the U.S. representatives would report back.')).toEqual([
      ['Witkoff', 'witkoff'],
      ['U.S. representatives', 'us-negotiators'],
    ]);
  });

  it('leaves a sports team alone: without the story around it the US team is the country\'s', () => {
    expect(foundBySeeds('The US team won gold.')).toEqual([['US', 'united-states']]);
  });

  it("matches Pokrovsk's old names only beside Pokrovsk", () => {
    expect(foundBySeeds('Pokrovsk (Krasnoarmiisk until 2016; Krasnoarmeysk or Krasnoarmiysk in Russian)')).toEqual([
      ['Pokrovsk', 'pokrovsk'],
      ['Krasnoarmiisk', 'pokrovsk'],
      ['Krasnoarmeysk', 'pokrovsk'],
      ['Krasnoarmiysk', 'pokrovsk'],
    ]);
    expect(foundBySeeds('Krasnoarmeysk, a town in Saratov Oblast')).toEqual([]);
  });

  it('finds the 20-point plan and international observers at a sentence start', () => {
    expect(foundBySeeds('International observers doubt it. The 20-point plan is new.')).toEqual([
      ['International observers', 'international-observers'],
      ['20-point plan', 'revised-peace-plan'],
    ]);
  });
});
