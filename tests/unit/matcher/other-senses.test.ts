// The classes of false matches found on real pages, each fixed by a rule over the words around a
// name (seeds/name-contexts.json), with the mentions next to them that must stay.
import { describe, expect, it } from 'vitest';
import { findMentions, startBlock, type Mention } from '../../../src/matcher/index.ts';
import { foundBySeeds as found, seedsMatcher } from './helpers.ts';

describe('"US" as the pronoun in capitalised interface text', () => {
  it.each(['CONTACT US', 'FOLLOW US ON X', 'JOIN US!', 'ABOUT US', 'LET US KNOW', 'EMAIL US: news@example.com'])('%s is the pronoun', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['WHAT WE KNOW ABOUT US PLAN', 'US'],
    ['UK TO JOIN US STRIKES', 'US'],
    ['EMAIL: US TROOPS IN MOSCOW', 'US'],
    ['Contact US officials', 'US'],
  ])('%s names the country', (text, name) => {
    expect(found(text)[0]).toEqual([name, 'united-states']);
  });
});

describe('a place or a surname inside a longer proper name', () => {
  it.each([
    'the University of Washington', 'the Washington Monument', 'Washington County', '12 Washington St. and Washington Street',
    'the Tour de France', 'on France Inter and Europe 1', 'the U.S. Open', 'Shakhtar Donetsk', 'Dynamo Kyiv', 'the Washington Wizards',
    'the Trump Organization', 'Trump TV', 'the Trump International Hotel', 'United States Virgin Islands', 'U.S. Games Systems, Inc.',
    'Radio Free Europe', 'Air France', '21 Trump cards',
  ])('%s names something else', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('leaves the name alone before other capitalised words', () => {
    expect(found('The Trump Administration and the Trump White House; U.S. Senate; Western Europe; Washington Says No')).toEqual([
      ['Trump', 'trump'],
      ['Trump', 'trump'],
      ['White House', 'white-house'],
      ['U.S.', 'united-states'],
      ['Europe', 'europe'],
      ['Washington', 'washington'],
    ]);
  });

  it('reads the context in ALL CAPS too', () => {
    expect(found('UNIVERSITY OF WASHINGTON, TRUMP ORGANIZATION; TRUMP SPEAKS')).toEqual([['TRUMP', 'trump']]);
  });
});

describe('the US state', () => {
  it.each(['the State of Washington', 'Olympia, Washington.', 'in Spokane, Washington, the mayor', 'Washington Gov. Jay Inslee', 'Southwest Washington', 'Eastern Washington'])(
    '%s is the state',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it('keeps Washington in a list of capitals, a byline and after an opening phrase', () => {
    expect(found('Kyiv, Washington, and Moscow')).toEqual([
      ['Kyiv', 'kyiv'],
      ['Washington', 'washington'],
      ['Moscow', 'moscow'],
    ]);
    expect(found('Analysis: Jon Sopel, BBC News, Washington')).toEqual([['Washington', 'washington']]);
    expect(found('On Monday, Washington said it would wait.')).toEqual([['Washington', 'washington']]);
  });

  it('applies the state words to state names only: Eastern Europe is Europe', () => {
    expect(found('Eastern Europe and the state of Europe')).toEqual([
      ['Europe', 'europe'],
      ['Europe', 'europe'],
    ]);
  });
});

describe('other towns of the name', () => {
  it.each(['Moscow, Idaho', 'Dublin, California', 'Dublin, Ohio.', 'MOSCOW, Idaho (AP) — A student', 'Dublin, Calif., police', 'Moscow, New York'])('%s is another town', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the town when the next word is no state, or the state begins a list', () => {
    expect(found('Moscow, Washington and Kyiv; Dublin, Ireland; Moscow, Georgia and Ukraine')).toEqual([
      ['Moscow', 'moscow'],
      ['Washington', 'washington'],
      ['Kyiv', 'kyiv'],
      ['Dublin', 'dublin'],
      ['Ireland', 'ireland'],
      ['Moscow', 'moscow'],
      ['Ukraine', 'ukraine'],
    ]);
  });
});

describe('another person by title or given name', () => {
  it.each(['Ms. Trump', 'Mrs Trump', 'MS. TRUMP', 'Madame Macron', '4Maria Putin', '12Melania Trump'])('%s is someone else', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps our person after other titles, initials and a sentence ending in a name', () => {
    expect(found('Mr. Trump and President Putin; Donald J. Trump. She met Maria. Putin said no.')).toEqual([
      ['Trump', 'trump'],
      ['Putin', 'putin'],
      ['Donald J. Trump', 'trump'],
      ['Putin', 'putin'],
    ]);
  });
});

describe('words joined by "_"', () => {
  it('are not prose: UN_willing is no UN', () => {
    expect(found('is UN_willing, see us_politics and Trump_2024')).toEqual([]);
  });
});

describe('title-case headlines', () => {
  it('keep the name before a verb or a common noun: only closed lists of name words count', () => {
    expect(found('Russia Open to Talks, Kremlin Media Say; Trump Signs Order')).toEqual([
      ['Russia', 'russia'],
      ['Kremlin', 'kremlin'],
      ['Trump', 'trump'],
    ]);
  });
});

describe('the context rules in a block split in text nodes', () => {
  it('read the words around a name across node edges', () => {
    const { matcher } = seedsMatcher();
    for (const text of ['the University of Washington, Kyiv', 'Moscow, Idaho, and Moscow', 'Ms. Trump met 4Maria Putin and Mr. Trump', 'CONTACT US · US PLAN', 'Krasnoarmeysk, now Pokrovsk']) {
      const whole = findMentions(matcher, text);
      for (let cut = 1; cut < text.length; cut++) {
        const scan = startBlock(matcher, [text.slice(0, cut), text.slice(cut)]);
        const mentions: Mention[] = [];
        while (!scan.done) mentions.push(...scan.run(() => true));
        expect(mentions).toEqual(whole);
      }
    }
  });
});
