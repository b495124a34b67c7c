import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../../src/matcher/index.ts';
import { found, makeIndex, PERSON } from './helpers.ts';

const index = makeIndex(
  [
    ['putin', PERSON],
    ['ukraine', 'place'],
    ['plan', 'document'],
    ['g7', 'organisation'],
  ],
  [
    ['Putin', 'putin'],
    ['Ukraine', 'ukraine'],
    ['28-point plan', 'plan'],
    ['G7', 'g7'],
  ],
);

describe('whole words', () => {
  it('does not match inside a longer word', () => {
    expect(found(index, 'Putinism, Ukrainian, Rasputin, UkraineX, PUTINS')).toEqual([]);
  });

  it('treats digits as part of a word', () => {
    expect(found(index, 'G77 and 2G7 and G7.')).toEqual([['G7', 'g7']]);
  });

  it('takes an alias that ends before punctuation', () => {
    expect(found(index, 'Ukraine, Putin; (Putin) "Ukraine"')).toEqual([
      ['Ukraine', 'ukraine'],
      ['Putin', 'putin'],
      ['Putin', 'putin'],
      ['Ukraine', 'ukraine'],
    ]);
  });

  it('matches an alias with a hyphen inside a possessive', () => {
    expect(found(index, "the 28-point plan's fate")).toEqual([['28-point plan', 'plan']]);
  });

  it('does not match across a hyphenated word that continues', () => {
    expect(found(index, 'the 128-point plan, the 28-point plans')).toEqual([]);
  });

  it('matches at the very start and the very end of the text', () => {
    const text = 'Putin';
    expect(findMentions(compileMatcher(index), text)).toEqual([{ start: 0, end: 5, entity: 0 }]);
    expect(found(index, 'Putin met Ukraine')).toEqual([
      ['Putin', 'putin'],
      ['Ukraine', 'ukraine'],
    ]);
  });

  it('counts a combining mark as part of the word', () => {
    expect(found(index, 'Putin\u0301 is not Putin')).toEqual([['Putin', 'putin']]);
  });
});

describe('possessives', () => {
  const matcher = compileMatcher(index);

  it.each([["Putin's"], ['Putin’s'], ['Putinʼs'], ["PUTIN'S"]])('finds %s, without the possessive', (text) => {
    expect(findMentions(matcher, `${text} plan`)).toEqual([{ start: 0, end: 5, entity: 0 }]);
  });

  it('does not take a plural or another suffix', () => {
    expect(found(index, 'Putins Putinesque')).toEqual([]);
  });
});
