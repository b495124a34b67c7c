import { describe, expect, it } from 'vitest';
import { found, makeIndex, PERSON } from './helpers.ts';

const index = makeIndex(
  [
    ['trump', PERSON],
    ['nato', 'organisation'],
    ['mcdonald', PERSON],
  ],
  [
    ['Trump', 'trump'],
    ['NATO', 'nato'],
    ['McDonald', 'mcdonald'],
  ],
);

describe('case', () => {
  it('matches an alias as written', () => {
    expect(found(index, 'Trump met NATO and McDonald.')).toEqual([
      ['Trump', 'trump'],
      ['NATO', 'nato'],
      ['McDonald', 'mcdonald'],
    ]);
  });

  it('matches an alias in ALL CAPS', () => {
    expect(found(index, 'TRUMP MEETS MCDONALD')).toEqual([
      ['TRUMP', 'trump'],
      ['MCDONALD', 'mcdonald'],
    ]);
  });

  it('does not match lower case or other casings', () => {
    expect(found(index, 'a trump card, tRUMP, TrUmP, nato, Nato, Mcdonald, mcDonald')).toEqual([]);
  });

  it('finds the right casing next to a wrong one', () => {
    expect(found(index, 'trump Trump trump')).toEqual([['Trump', 'trump']]);
  });
});
