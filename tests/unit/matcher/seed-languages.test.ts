// The project's seeds in the languages of the news: the local spellings and declined forms the issue
// names are found, with their entity, in text of their language; ordinary words that share a stem are not.
import { describe, expect, it } from 'vitest';
import { foundBySeeds } from './helpers.ts';

/** Each form, found alone in text of `language`, is a mention of `entity`. */
const forms: [language: string, entity: string, forms: string][] = [
  ['pl', 'putin', 'Putin Putina Putinowi Putinem Putinie'],
  ['pl', 'zelensky', 'Zełenski Zełenskiego Zełenskiemu Zełenskim'],
  ['pl', 'kyiv', 'Kijów Kijowa Kijowem Kijowie'],
  ['pl', 'moscow', 'Moskwa Moskwy Moskwie Moskwę Moskwą'],
  ['pl', 'russia', 'Rosja Rosji Rosję Rosją'],
  ['pl', 'ukraine', 'Ukraina Ukrainy Ukrainie Ukrainę'],
  ['pl', 'kremlin', 'Kreml Kremla Kremlu'],
  ['pl', 'pokrovsk', 'Pokrowsk Pokrowska Pokrowskiem Pokrowsku'],
  ['pl', 'kushner', 'Kushnera Kushnerze'],
  ['ru', 'putin', 'Путин Путина Путину Путиным Путине'],
  ['ru', 'zelensky', 'Зеленский Зеленского Зеленскому Зеленским'],
  ['ru', 'kyiv', 'Киев Киева Киеве'],
  ['ru', 'moscow', 'Москва Москвы Москве'],
  ['ru', 'russia', 'Россия России'],
  ['ru', 'ukraine', 'Украина Украины'],
  ['ru', 'kremlin', 'Кремль Кремля Кремле Кремлём'],
  ['ru', 'pokrovsk', 'Покровск Покровска'],
  ['ru', 'kupiansk', 'Купянск Купянска'],
  ['ru', 'vovchansk', 'Волчанск Волчанска'],
  ['ru', 'witkoff', 'Уиткофф Уиткоффа Виткофф'],
  ['ru', 'yanukovych', 'Янукович Януковичем'],
  ['uk', 'putin', 'Путін Путіна Путіну Путіним'],
  ['uk', 'zelensky', 'Зеленський Зеленського Зеленському'],
  ['uk', 'kyiv', 'Київ Києва Києві'],
  ['uk', 'vovchansk', 'Вовчанськ Вовчанська Вовчанську'],
  ['uk', 'kupiansk', 'Куп’янськ Куп’янська Купʼянську'],
  ['uk', 'witkoff', 'Віткофф Віткоффа'],
  ['de', 'putin', 'Putins'],
  ['de', 'zelensky', 'Selenskyj Selenskyjs'],
  ['de', 'russia', 'Russland Russlands'],
  ['de', 'moscow', 'Moskau Moskaus'],
  ['de', 'kyiv', 'Kiew Kiews'],
  ['de', 'kremlin', 'Kreml Kremls'],
  ['de', 'crimea', 'Krim'],
  ['de', 'kupiansk', 'Kupjansk'],
  ['de', 'vovchansk', 'Wowtschansk'],
  ['de', 'donetsk', 'Donezk'],
  ['fr', 'moscow', 'Moscou'],
  ['fr', 'crimea', 'Crimée'],
  ['fr', 'nato', 'OTAN'],
  ['fr', 'russia', 'Russie'],
  ['fr', 'kupiansk', 'Koupiansk'],
  ['es', 'moscow', 'Moscú'],
  ['es', 'russia', 'Rusia'],
  ['es', 'ukraine', 'Ucrania'],
  ['it', 'moscow', 'Mosca'],
  ['it', 'ukraine', 'Ucraina'],
  ['it', 'kremlin', 'Cremlino'],
];

/** Phrases that are one mention each. */
const phrases: [language: string, entity: string, text: string][] = [
  ['de', 'united-states', 'Vereinigte Staaten'],
  ['de', 'united-states', 'Vereinigten Staaten'],
  ['fr', 'united-states', 'États-Unis'],
  ['es', 'united-states', 'Estados Unidos'],
  ['it', 'united-states', 'Stati Uniti'],
  ['pl', 'united-states', 'Stany Zjednoczone'],
  ['pl', 'united-states', 'Stanów Zjednoczonych'],
  ['pl', 'united-states', 'Stanach Zjednoczonych'],
  ['ru', 'united-states', 'Соединённых Штатов'],
  ['ru', 'ushakov', 'Ушаков'],
  ['ru', 'kushner', 'Кушнер'],
  ['ru', 'macron', 'Макрон'],
];

describe('names in the languages of the news, by the seeds', () => {
  it.each(forms.flatMap(([language, entity, list]) => list.split(' ').map((form) => [language, form, entity])))('%s: %s is %s', (language, form, entity) => {
    expect(foundBySeeds(`… ${form} …`, language)).toEqual([[form, entity]]);
  });

  it.each(phrases)('%s: the phrase %s is %s', (language, entity, text) => {
    expect(foundBySeeds(`… ${text} …`, language)).toEqual([[text, entity]]);
  });

  it('marks the declined surname after a given name, and the declined word only', () => {
    expect(foundBySeeds('Rozmowa Władimira Putina z Witkoffem w Moskwie.', 'pl')).toEqual([
      ['Putina', 'putin'],
      ['Witkoffem', 'witkoff'],
      ['Moskwie', 'moscow'],
    ]);
    expect(foundBySeeds('Встреча Владимира Путина с Уиткоффом в Кремле.', 'ru')).toEqual([
      ['Путина', 'putin'],
      ['Уиткоффом', 'witkoff'],
      ['Кремле', 'kremlin'],
    ]);
  });

  it.each([
    ['pl', 'Rosjanie, Rosjanki, rosyjski, Ukraińcy, ukraiński, moskiewski, Moskale, kijowski, Krymianie, Europejczyk, Francuzi, putinowski.'],
    ['de', 'Russen, Russlanddeutsche, Moskauer, Kiewer, ein Krimi, Krimkrieg, Kremlchef, Europäer, Irländer, Putinismus, Washingtoner.'],
    ['fr', 'Les Russes, les Moscovites, les Européens, les Irlandais, le poutinisme.'],
    ['es', 'Los rusos, un moscovita, los ucranianos, el putinismo.'],
    ['it', 'I russi, una mosca, i moscoviti, gli ucraini, putiniano.'],
    ['ru', 'Россияне, москвичи, Москвич, киевлянин, украинцы, крымчане, кремлёвский, Путинский, Зеленская, вашингтонский.'],
    ['uk', 'Росіяни, москвичі, киянин, українці, кримчани, кремлівський, Путінський, Зеленська, вашингтонський.'],
  ])('%s: words that share a stem are no mention', (language, text) => {
    expect(foundBySeeds(text, language)).toEqual([]);
  });

  it('leaves English text to the English names', () => {
    expect(foundBySeeds('Putin told Trumps aides, Putina and Putinem said, that Putins and Kiews are not English words.', 'en')).toEqual([
      ['Putin', 'putin'],
    ]);
  });

  it('knows the other names that hold a declining one', () => {
    expect(foundBySeeds('Награждён орденом Ушакова. В Северной Ирландии.', 'ru')).toEqual([]);
    expect(foundBySeeds('W Irlandii Północnej. Francia Márquez, Estados Unidos Mexicanos.', 'pl')).toEqual([]);
  });

  it('leaves a relative\'s name to the relative, in every script', () => {
    expect(foundBySeeds('Мелания Трамп, Брижит Макрон и Людмила Путина.', 'ru')).toEqual([]);
    expect(foundBySeeds('Меланія Трамп і Бріжит Макрон.', 'uk')).toEqual([]);
    expect(foundBySeeds('Wywiad Melanii Trump; Iwanka Trump.', 'pl')).toEqual([]);
  });
});
