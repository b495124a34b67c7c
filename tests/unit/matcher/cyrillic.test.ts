import { describe, expect, it } from 'vitest';
import { AliasFlag } from '../../../src/shared/alias-index.ts';
import { found, makeIndex, PERSON } from './helpers.ts';

const index = makeIndex(
  [
    ['putin', PERSON],
    ['zelensky', PERSON],
    ['kyiv', 'place'],
  ],
  [
    ['Путин', 'putin', AliasFlag.Surname],
    ['Владимир Путин', 'putin'],
    ['Зеленський', 'zelensky', AliasFlag.Surname],
    ['Київ', 'kyiv'],
  ],
  ['людмила', 'олена'],
);

describe('Cyrillic', () => {
  it('matches as written and in ALL CAPS', () => {
    expect(found(index, 'Путин, ПУТИН, Зеленський, ЗЕЛЕНСЬКИЙ, Київ, КИЇВ')).toEqual([
      ['Путин', 'putin'],
      ['ПУТИН', 'putin'],
      ['Зеленський', 'zelensky'],
      ['ЗЕЛЕНСЬКИЙ', 'zelensky'],
      ['Київ', 'kyiv'],
      ['КИЇВ', 'kyiv'],
    ]);
  });

  it('does not match lower case or inflected forms', () => {
    expect(found(index, 'путин, Путина, Путину, Зеленського, Києві')).toEqual([]);
  });

  it('keeps й and ї apart from и and і without FoldDiacritics', () => {
    expect(found(index, 'Зеленськии, Киів')).toEqual([]);
  });

  it('prefers the longest alias', () => {
    expect(found(index, 'Владимир Путин сказал')).toEqual([['Владимир Путин', 'putin']]);
  });

  it('applies the surname rule to Cyrillic given names', () => {
    expect(found(index, 'Людмила Путин; Олена Зеленський; ОЛЕНА ЗЕЛЕНСЬКИЙ')).toEqual([]);
  });
});
