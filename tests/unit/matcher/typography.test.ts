import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../../src/matcher/index.ts';
import { found, makeIndex, PERSON } from './helpers.ts';

const index = makeIndex(
  [
    ['putin', PERSON],
    ['kupiansk', 'place'],
    ['plan', 'document'],
    ['oreilly', PERSON],
  ],
  [
    ['Vladimir Putin', 'putin'],
    ["Kup'yans'k", 'kupiansk'],
    ['28-point plan', 'plan'],
    ['Bill O’Reilly', 'oreilly'],
  ],
);
const matcher = compileMatcher(index);

describe('typographic variants', () => {
  it.each([
    ['a no-break space', 'Vladimir\u00a0Putin'],
    ['a narrow no-break space', 'Vladimir\u202fPutin'],
    ['a line break', 'Vladimir\nPutin'],
    ['a paragraph break', 'Vladimir\n\nPutin'],
    ['a tab', 'Vladimir\tPutin'],
    ['a run of mixed whitespace', 'Vladimir \u00a0\r\n\t Putin'],
    ['a soft hyphen', 'Vladi\u00admir Pu\u00adtin'],
    ['zero-width characters', 'Vla\u200bdi\u200cmir\u200d Pu\u2060tin\ufeff'],
  ])('matches across %s, with offsets into the raw text', (_, name) => {
    const text = `said ${name}.`;
    const [mention] = findMentions(matcher, text);
    expect(mention).toEqual({ start: 5, end: 5 + name.replace(/\ufeff$/, '').length, entity: 0 });
  });

  it.each([["Kup'yans'k"], ['Kup’yans’k'], ['Kup‘yans‘k'], ['Kupʼyansʼk'], ['KUP’YANS’K']])(
    'matches curly apostrophes as straight ones: %s',
    (name) => {
      expect(found(index, `in ${name} today`)).toEqual([[name, 'kupiansk']]);
    },
  );

  it('matches an alias written with a curly apostrophe in straight text', () => {
    expect(found(index, "Bill O'Reilly said")).toEqual([["Bill O'Reilly", 'oreilly']]);
  });

  it.each([['28\u2010point plan'], ['28\u2011point plan'], ['28-point\u00a0plan']])('matches hyphen variants: %s', (name) => {
    expect(found(index, `the ${name}.`)).toEqual([[name, 'plan']]);
  });

  it('does not treat a soft hyphen or a zero-width space as a word end', () => {
    expect(found(index, 'Vladimir Putin\u00adism, Vladimir Putin\u200bism')).toEqual([]);
  });

  it('does not treat other dashes as hyphens', () => {
    expect(found(index, 'the 28\u2013point plan, the 28\u2014point plan')).toEqual([]);
  });

  it('starts a mention after invisible characters, not on them', () => {
    const text = '\u200b\u00adVladimir Putin';
    expect(findMentions(matcher, text)).toEqual([{ start: 2, end: text.length, entity: 0 }]);
  });
});
