import { describe, expect, it } from 'vitest';
import givenNames from '../../../seeds/given-names.json';

// Names that are also common words or titles would hide real mentions: "Will Trump ...".
const commonWords = [
  'will', 'may', 'june', 'april', 'august', 'mark', 'bill', 'grant', 'chase', 'hope', 'rose', 'faith', 'joy',
  'art', 'frank', 'rich', 'sue', 'don', 'guy', 'jack', 'pat', 'ray', 'amber', 'ruby', 'summer', 'dawn',
  'grace', 'miles', 'said', 'king', 'prince', 'president', 'justice', 'general', 'christian', 'hunter',
];

describe('seeds/given-names.json', () => {
  it('is a sorted list of unique lower-case names', () => {
    expect(givenNames.every((name) => typeof name === 'string' && /^\p{Ll}+$/u.test(name))).toBe(true);
    expect([...new Set(givenNames)].sort()).toEqual(givenNames);
  });

  it('stays small', () => {
    expect(givenNames.length).toBeGreaterThanOrEqual(300);
    expect(givenNames.length).toBeLessThanOrEqual(600);
  });

  it('has the names the surname rule is known to need', () => {
    for (const name of ['melania', 'ivanka', 'barron', 'eric', 'lara', 'tiffany', 'josh', 'joshua', 'charles', 'brigitte', 'lyudmila', 'olena']) {
      expect(givenNames).toContain(name);
    }
  });

  it('leaves out common words and titles', () => {
    expect(givenNames.filter((name) => commonWords.includes(name))).toEqual([]);
  });
});
