import { describe, expect, it } from 'vitest';
import { AliasFlag } from '../../../src/shared/alias-index.ts';
import { found, makeIndex, PERSON } from './helpers.ts';

const { Surname } = AliasFlag;
const index = makeIndex(
  [
    ['trump', PERSON],
    ['kushner', PERSON],
    ['macron', PERSON],
    ['kyiv', 'place'],
  ],
  [
    ['Donald J. Trump', 'trump'],
    ['President Trump', 'trump'],
    ['Trump', 'trump', Surname],
    ['Jared Corey Kushner', 'kushner'],
    ['Kushner', 'kushner', Surname],
    ['Emmanuel Jean-Michel Frédéric Macron', 'macron'],
    ['Macron', 'macron', Surname],
    ['Kyiv', 'kyiv'],
  ],
  ['brigitte', 'donald', 'eric', 'frederic', 'jared', 'josh', 'melania', 'michel', 'zoe'],
);

describe('surname rule', () => {
  it.each([['Melania Trump'], ['Josh Kushner'], ['Brigitte Macron'], ['Eric Trump']])(
    '%s is someone else',
    (text) => {
      expect(found(index, `${text} said`)).toEqual([]);
    },
  );

  it.each([
    ['President Trump', ['President Trump', 'trump']],
    ['Mr Trump', ['Trump', 'trump']],
    ['Kremlin Hosts Trump-Backed Negotiators', ['Trump', 'trump']],
    ['she said. Trump', ['Trump', 'trump']],
    ['Jared Kushner', ['Kushner', 'kushner']],
  ])('%s is a mention', (text, mention) => {
    expect(found(index, text)).toEqual([mention]);
  });

  it("takes the entity's own given names from every leading word of its aliases", () => {
    expect(found(index, 'Donald Trump, Frédéric Macron, Michel Macron, Jean-Michel Macron')).toEqual([
      ['Trump', 'trump'],
      ['Macron', 'macron'],
      ['Macron', 'macron'],
      ['Macron', 'macron'],
    ]);
  });

  it('compares given names without case, diacritics or invisible characters', () => {
    expect(found(index, 'MELANIA TRUMP, melania Trump, Zoë Trump, Zoe\u0308 Trump, Mela\u00adnia Trump')).toEqual([]);
  });

  it('compares the seeds\' given names the same way, diacritics and all: "андрей" is "андреи" to both sides', () => {
    const withDiacritics = makeIndex([['trump', PERSON]], [['Trump', 'trump', Surname]], ['андрей', 'zoë']);
    expect(found(withDiacritics, 'Андрей Trump, Zoë Trump, Zoe Trump')).toEqual([]);
  });

  it('looks across any whitespace, but not across punctuation or a block break', () => {
    expect(found(index, 'Melania\n\u00a0Trump')).toEqual([]);
    expect(found(index, 'Melania, Trump; Melania\ufffcTrump')).toEqual([
      ['Trump', 'trump'],
      ['Trump', 'trump'],
    ]);
  });

  it('only needs the given name as a whole word', () => {
    expect(found(index, 'Xmelania Trump, Melaniax Trump')).toEqual([
      ['Trump', 'trump'],
      ['Trump', 'trump'],
    ]);
  });

  it('does not apply to aliases without the Surname flag', () => {
    expect(found(index, 'Melania Kyiv')).toEqual([['Kyiv', 'kyiv']]);
  });

  it('does nothing without given names', () => {
    const bare = { ...index, givenNames: [] };
    expect(found(bare, 'Melania Trump')).toEqual([['Trump', 'trump']]);
  });
});
