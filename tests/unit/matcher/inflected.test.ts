import { describe, expect, it } from 'vitest';
import { AliasFlag, type AliasIndex } from '../../../src/shared/alias-index.ts';
import { compileMatcher, startBlock } from '../../../src/matcher/index.ts';
import { found } from './helpers.ts';

const { Surname } = AliasFlag;
// Entities 0 putin, 1 moscow, 2 kyiv; patterns 0 pl masculine, 1 ru surname, 2 ru feminine -а, 3 uk Київ, 4 de genitive.
const index: AliasIndex = {
  entities: [
    ['putin', 'person', 'specific'],
    ['moscow', 'place', 'common'],
    ['kyiv', 'place', 'common'],
  ],
  aliases: [
    ['Putin', 0, Surname],
    ['Putin', 0, Surname, [], ['Putin', 0]],
    ['Putin', 0, Surname, [], ['Putin', 4]],
    ['Путин', 0, Surname],
    ['Путин', 0, Surname, [], ['Путин', 1]],
    ['Москва', 1, 0],
    ['Москва', 1, 0, [], ['Москв', 2]],
    ['Moskwa', 1, 0],
    ['Moskwa', 1, 0, [], ['Moskw', 5]],
    ['Київ', 2, 0],
    ['Київ', 2, 0, [], ['Києв', 3]],
  ],
  givenNames: ['melania'],
  inflections: [
    ['pl', ['', 'a', 'owi', 'em', 'ie']],
    ['ru', ['', 'а', 'у', 'ым', 'е']],
    ['ru', ['а', 'ы', 'е', 'у', 'ой', 'ою']],
    ['uk', ['а', 'у', 'ом', 'і']],
    ['de', ['', 's']],
    ['pl', ['a', 'y', 'ie', 'ę', 'ą']],
  ],
};

describe('declining aliases', () => {
  it('marks the whole declined word where the text is in the pattern language', () => {
    expect(found(index, 'Rozmowa z Putinem w Moskwie, potem list do Putina i Putinowi.', 'pl')).toEqual([
      ['Putinem', 'putin'],
      ['Moskwie', 'moscow'],
      ['Putina', 'putin'],
      ['Putinowi', 'putin'],
    ]);
    expect(found(index, 'Putins Gäste kamen nach Moskau.', 'de')).toEqual([['Putins', 'putin']]);
  });

  it('tries Latin-script endings only on text in their language', () => {
    expect(found(index, 'Putinem, Putina and Putins are not English; Putinism neither, but Putin is.', 'en')).toEqual([['Putin', 'putin']]);
    expect(found(index, 'Putinem and Putins', '')).toEqual([]);
    expect(found(index, 'Putins', 'pl')).toEqual([]);
  });

  it('tries Cyrillic endings on any text but that tagged as the other Cyrillic language', () => {
    expect(found(index, 'Встреча Путина в Москве, звонок Путину.', '')).toEqual([
      ['Путина', 'putin'],
      ['Москве', 'moscow'],
      ['Путину', 'putin'],
    ]);
    expect(found(index, 'Путина', 'en')).toEqual([['Путина', 'putin']]);
    expect(found(index, 'Путина в Москве', 'uk')).toEqual([]);
    expect(found(index, 'з Києва до Києва', 'ru')).toEqual([]);
    expect(found(index, 'з Києва, у Києві, Київ', 'uk')).toEqual([
      ['Києва', 'kyiv'],
      ['Києві', 'kyiv'],
      ['Київ', 'kyiv'],
    ]);
  });

  it('takes the longest ending that ends the word, and no ending that does not', () => {
    expect(found(index, 'с Путиным, Путинский, Путинизм, Москвой, Москвич', 'ru')).toEqual([
      ['Путиным', 'putin'],
      ['Москвой', 'moscow'],
    ]);
  });

  it('matches a stem alone only where its pattern has the empty ending', () => {
    expect(found(index, 'Москв и Moskw, Києв', '')).toEqual([]);
    expect(found(index, 'Путин', 'ru')).toEqual([['Путин', 'putin']]);
  });

  it('keeps the case rules: as written or ALL CAPS, endings too', () => {
    expect(found(index, 'ПУТИНА, ПУТИНу, путина, МОСКВЫ', 'ru')).toEqual([
      ['ПУТИНА', 'putin'],
      ['ПУТИНу', 'putin'],
      ['МОСКВЫ', 'moscow'],
    ]);
  });

  it('keeps the surname rule for declined surnames', () => {
    expect(found(index, 'Melania Putina', 'pl')).toEqual([]);
  });

  it('matches the dictionary form anywhere', () => {
    expect(found(index, 'Moskwa, Москва', 'en')).toEqual([
      ['Moskwa', 'moscow'],
      ['Москва', 'moscow'],
    ]);
  });

  it('asks the language where each stem starts: a quote in another language is read in it', () => {
    const parts = ['Zdjęcie z Putinem i ', 'Putinem', ' oraz Putinem.'];
    const languages: number[] = [];
    const language = (offset: number) => (languages.push(offset), offset >= 20 && offset < 27 ? 'en' : 'pl');
    const mentions = startBlock(compileMatcher(index), parts, language).run(() => false);
    expect(mentions.map((m) => parts.join('').slice(m.start, m.end))).toEqual(['Putinem', 'Putinem']);
    expect(mentions.map((m) => m.start)).toEqual([10, 33]);
    expect(languages).toContain(20);
  });
});
