import { describe, expect, it } from 'vitest';
import { editDistance, typosAllowed } from '../../../src/ui/edit-distance.ts';

describe('editDistance', () => {
  it('is 0 for equal words', () => expect(editDistance('kyiv', 'kyiv', 2)).toBe(0));
  it('counts a swap of neighbours as one', () => {
    expect(editDistance('zelenksy', 'zelensky', 2)).toBe(1);
    expect(editDistance('pokrovks', 'pokrovsk', 2)).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kupyansk', 'kupiansk', 2)).toBe(1);
    expect(editDistance('putn', 'putin', 2)).toBe(1);
    expect(editDistance('witkof', 'witkoff', 2)).toBe(1);
    expect(editDistance('ushakof', 'ushakov', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
  it('gives up above the limit', () => {
    expect(editDistance('xyzzy', 'putin', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
    expect(editDistance('', 'abc', 5)).toBe(3);
  });
  it('allows no typo in short words, one in middling and two in long ones', () => {
    expect([3, 4, 6, 7, 12].map(typosAllowed)).toEqual([0, 1, 1, 2, 2]);
  });
});
