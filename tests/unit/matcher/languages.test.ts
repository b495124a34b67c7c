// The project's own seeds on text in each language of the news: the names of the story in the cases the
// press writes them (the mark is the whole declined word), and ordinary words that share a stem with a name
// or look like one, which must mark nothing. English text keeps its marks: no declined form is tried on it.
import { describe, expect, it } from 'vitest';
import { foundBySeeds } from './helpers.ts';

type Marks = [text: string, entity: string][];

interface Language {
  /** Sentences with names of the story, each with every mark it must get, in order. */
  named: [sentence: string, marks: Marks][];
  /** Sentences with no name of the story in them. */
  ordinary: string[];
}

const languages: Record<string, Language> = {
  de: {
    named: [
      ['Putins Berater Uschakow empfing Witkoff und Kushner im Kreml.', [['Putins', 'putin'], ['Uschakow', 'ushakov'], ['Witkoff', 'witkoff'], ['Kushner', 'kushner'], ['Kreml', 'kremlin']]],
      ['Selenskyjs Büro in Kiew wies die Forderungen Russlands zurück.', [['Selenskyjs', 'zelensky'], ['Kiew', 'kyiv'], ['Russlands', 'russia']]],
      ['Die Vereinigten Staaten, die Nato und Europa kennen Moskaus Haltung.', [['Vereinigten Staaten', 'united-states'], ['Nato', 'nato'], ['Europa', 'europe'], ['Moskaus', 'moscow']]],
      ['Kämpfe bei Pokrowsk, Kupjansk und Wowtschansk, in Donezk, Luhansk und auf der Krim.', [['Pokrowsk', 'pokrovsk'], ['Kupjansk', 'kupiansk'], ['Wowtschansk', 'vovchansk'], ['Donezk', 'donetsk'], ['Luhansk', 'luhansk'], ['Krim', 'crimea']]],
      ['Wladimir Putin und Wolodymyr Selenskyj', [['Wladimir Putin', 'putin'], ['Wolodymyr Selenskyj', 'zelensky']]],
    ],
    ordinary: [
      'Die russische Regierung schickte einen russischen Diplomaten, ukrainische Soldaten warteten.',
      'Die Moskauer Führung, Kiewer Behörden, die Russen und die Ukrainer.',
      'Am Abend lief ein Krimi, danach eine Sendung über europäische Politik.',
      'Putinversteher reden gern über Putinismus.',
    ],
  },
  fr: {
    named: [
      ['Poutine a reçu Witkoff et Kushner au Kremlin, à Moscou.', [['Poutine', 'putin'], ['Witkoff', 'witkoff'], ['Kushner', 'kushner'], ['Kremlin', 'kremlin'], ['Moscou', 'moscow']]],
      ['Zelensky veut que Kiev participe ; l’Ukraine et la Russie, les États-Unis et l’OTAN.', [['Zelensky', 'zelensky'], ['Kiev', 'kyiv'], ['Ukraine', 'ukraine'], ['Russie', 'russia'], ['États-Unis', 'united-states'], ['OTAN', 'nato']]],
      ['Les combats à Pokrovsk, Koupiansk et Vovtchansk, à Donetsk, Louhansk et en Crimée.', [['Pokrovsk', 'pokrovsk'], ['Koupiansk', 'kupiansk'], ['Vovtchansk', 'vovchansk'], ['Donetsk', 'donetsk'], ['Louhansk', 'luhansk'], ['Crimée', 'crimea']]],
      ['Vladimir Poutine et Iouri Ouchakov', [['Vladimir Poutine', 'putin'], ['Iouri Ouchakov', 'ushakov']]],
    ],
    ordinary: [
      'La diplomatie russe et les soldats ukrainiens attendent.',
      'Une poutine au fromage, puis les Moscovites et les Russes.',
      'Le régime poutinien et la presse kiévienne.',
    ],
  },
  es: {
    named: [
      ['Putin recibió a Witkoff y Kushner en el Kremlin, en Moscú.', [['Putin', 'putin'], ['Witkoff', 'witkoff'], ['Kushner', 'kushner'], ['Kremlin', 'kremlin'], ['Moscú', 'moscow']]],
      ['Zelenski quiere que Kiev participe; Ucrania, Rusia, Estados Unidos y la OTAN.', [['Zelenski', 'zelensky'], ['Kiev', 'kyiv'], ['Ucrania', 'ukraine'], ['Rusia', 'russia'], ['Estados Unidos', 'united-states'], ['OTAN', 'nato']]],
      ['Combates en Pokrovsk, Kupiansk y Vovchansk, en Donetsk, Lugansk y Crimea.', [['Pokrovsk', 'pokrovsk'], ['Kupiansk', 'kupiansk'], ['Vovchansk', 'vovchansk'], ['Donetsk', 'donetsk'], ['Lugansk', 'luhansk'], ['Crimea', 'crimea']]],
      ['Vladímir Putin y Volodímir Zelenski', [['Vladímir Putin', 'putin'], ['Volodímir Zelenski', 'zelensky']]],
    ],
    ordinary: ['Una mosca en la sopa y la economía rusa.', 'Los soldados ucranianos y los rusos, los moscovitas y la prensa europea.'],
  },
  it: {
    named: [
      ['Putin ha ricevuto Witkoff e Kushner al Cremlino, a Mosca.', [['Putin', 'putin'], ['Witkoff', 'witkoff'], ['Kushner', 'kushner'], ['Cremlino', 'kremlin'], ['Mosca', 'moscow']]],
      ['Zelensky chiede che Kiev partecipi; l’Ucraina, la Russia, gli Stati Uniti e la Nato.', [['Zelensky', 'zelensky'], ['Kiev', 'kyiv'], ['Ucraina', 'ukraine'], ['Russia', 'russia'], ['Stati Uniti', 'united-states'], ['Nato', 'nato']]],
      ['Combattimenti a Pokrovsk, Kupiansk e Vovchansk, a Donetsk, Lugansk e in Crimea.', [['Pokrovsk', 'pokrovsk'], ['Kupiansk', 'kupiansk'], ['Vovchansk', 'vovchansk'], ['Donetsk', 'donetsk'], ['Lugansk', 'luhansk'], ['Crimea', 'crimea']]],
    ],
    ordinary: ['Una mosca sul vetro e la delegazione russa.', 'I soldati ucraini, i moscoviti e la stampa europea.'],
  },
  pl: {
    named: [
      ['List do Putina, telefon Putinowi, rozmowa z Putinem.', [['Putina', 'putin'], ['Putinowi', 'putin'], ['Putinem', 'putin']]],
      ['Doradcy Zełenskiego, telefon Zełenskiemu, rozmowa z Zełenskim.', [['Zełenskiego', 'zelensky'], ['Zełenskiemu', 'zelensky'], ['Zełenskim', 'zelensky']]],
      ['Delegacja Kijowa czekała w Kijowie.', [['Kijowa', 'kyiv'], ['Kijowie', 'kyiv']]],
      ['Z Moskwy wrócił do Moskwy, w Moskwie został Uszakow.', [['Moskwy', 'moscow'], ['Moskwy', 'moscow'], ['Moskwie', 'moscow'], ['Uszakow', 'ushakov']]],
      ['Granica Rosji i Ukrainy, walki na Ukrainie.', [['Rosji', 'russia'], ['Ukrainy', 'ukraine'], ['Ukrainie', 'ukraine']]],
      ['Walki pod Pokrowskiem, w Pokrowsku i wokół Pokrowska.', [['Pokrowskiem', 'pokrovsk'], ['Pokrowsku', 'pokrovsk'], ['Pokrowska', 'pokrovsk']]],
      ['Witkoffa i Kushnera przyjęto na Kremlu, Macrona w Stanach Zjednoczonych.', [['Witkoffa', 'witkoff'], ['Kushnera', 'kushner'], ['Kremlu', 'kremlin'], ['Macrona', 'macron'], ['Stanach Zjednoczonych', 'united-states']]],
      ['Walki o Kupiańsk i w Wołczańsku, pod Donieckiem, na Krymie.', [['Kupiańsk', 'kupiansk'], ['Wołczańsku', 'vovchansk'], ['Donieckiem', 'donetsk'], ['Krymie', 'crimea']]],
      ['Władimira Putina i Donalda Trumpa, PUTINA i TRUMPA.', [['Putina', 'putin'], ['Trumpa', 'trump'], ['PUTINA', 'putin'], ['TRUMPA', 'trump']]],
    ],
    ordinary: [
      'Rosjanie i Ukraińcy rozmawiali po rosyjsku.',
      'Rosyjski czołg, ukraiński żołnierz i moskiewski korespondent.',
      'Kijowskie metro, putinowski reżim, Rosjan było wielu.',
      'Europejskie poprawki przyszły późno.',
      'Kremlowskie źródła milczą.',
      'Putinowska propaganda działa.',
    ],
  },
  ru: {
    named: [
      ['Встреча Путина, звонок Путину, беседа с Путиным, разговор о Путине.', [['Путина', 'putin'], ['Путину', 'putin'], ['Путиным', 'putin'], ['Путине', 'putin']]],
      ['Офис Зеленского, письмо Зеленскому, встреча с Зеленским.', [['Зеленского', 'zelensky'], ['Зеленскому', 'zelensky'], ['Зеленским', 'zelensky']]],
      ['Из Киева в Киев, в Киеве ждали.', [['Киева', 'kyiv'], ['Киев', 'kyiv'], ['Киеве', 'kyiv']]],
      ['Из Москвы в Москву, в Москве.', [['Москвы', 'moscow'], ['Москву', 'moscow'], ['Москве', 'moscow']]],
      ['Граница России и Украины, на Украине.', [['России', 'russia'], ['Украины', 'ukraine'], ['Украине', 'ukraine']]],
      ['Бои под Покровском, у Купянска и Волчанска.', [['Покровском', 'pokrovsk'], ['Купянска', 'kupiansk'], ['Волчанска', 'vovchansk']]],
      ['Уиткоффа и Кушнера приняли в Кремле; Ушакова, Макрона, Трампа.', [['Уиткоффа', 'witkoff'], ['Кушнера', 'kushner'], ['Кремле', 'kremlin'], ['Ушакова', 'ushakov'], ['Макрона', 'macron'], ['Трампа', 'trump']]],
      ['Владимира Путина, ПУТИНА.', [['Путина', 'putin'], ['ПУТИНА', 'putin']]],
    ],
    ordinary: [
      'Каждый москвич знает этот киевский торт.',
      'Российский флаг, украинский солдат и кремлёвский источник.',
      'Российские дипломаты и украинские власти.',
      'Профессор Покровский и его коллега Покровская.',
      'Елена Зеленская и Людмила Путина.',
      'Москвич-412 стоял во дворе.',
    ],
  },
  uk: {
    named: [
      ['Зустріч Путіна, дзвінок Путіну, розмова з Путіним.', [['Путіна', 'putin'], ['Путіну', 'putin'], ['Путіним', 'putin']]],
      ['Офіс Зеленського, лист Зеленському, зустріч із Зеленським.', [['Зеленського', 'zelensky'], ['Зеленському', 'zelensky'], ['Зеленським', 'zelensky']]],
      ['З Києва до Києва, у Києві.', [['Києва', 'kyiv'], ['Києва', 'kyiv'], ['Києві', 'kyiv']]],
      ['З Москви, у Москві.', [['Москви', 'moscow'], ['Москві', 'moscow']]],
      ['Кордон Росії та України, в Україні.', [['Росії', 'russia'], ['України', 'ukraine'], ['Україні', 'ukraine']]],
      ['Бої під Покровськом, біля Куп’янська і Вовчанська.', [['Покровськом', 'pokrovsk'], ['Куп’янська', 'kupiansk'], ['Вовчанська', 'vovchansk']]],
      ['Віткоффа і Кушнера прийняли в Кремлі; Ушакова, Макрона, Трампа.', [['Віткоффа', 'witkoff'], ['Кушнера', 'kushner'], ['Кремлі', 'kremlin'], ['Ушакова', 'ushakov'], ['Макрона', 'macron'], ['Трампа', 'trump']]],
    ],
    ordinary: [
      'Кожен москвич знає київський торт.',
      'Російський прапор, український солдат і кремлівське джерело.',
      'Олена Зеленська відвідала Києво-Печерську лавру.',
      'Путінський режим і європейські поправки.',
    ],
  },
};

describe.each(Object.entries(languages))('text in %s', (language, { named, ordinary }) => {
  it.each(named)('marks the names in "%s"', (sentence, marks) => {
    expect(foundBySeeds(sentence, language)).toEqual(marks);
  });

  it.each(ordinary)('marks nothing in "%s"', (sentence) => {
    expect(foundBySeeds(sentence, language)).toEqual([]);
  });
});

describe('declined forms in text of another language', () => {
  it.each([
    ['Putins und Selenskyjs', 'pl'],
    ['Putina, Putinem, Zełenskiego, Moskwie', 'de'],
    ['Putins, Putina, Moskwie, Russlands', 'fr'],
    ['Путина в Москве, из Киева', 'uk'],
    ['Путіна у Москві, з Києва', 'ru'],
  ])('marks nothing in "%s" tagged %s', (sentence, language) => {
    expect(foundBySeeds(sentence, language)).toEqual([]);
  });
});

describe.each(['en', ''])('English text (lang "%s")', (language) => {
  it.each<[string, Marks]>([
    ['Putinism is not Putin.', [['Putin', 'putin']]],
    ['The Kushners flew in, and Kushner spoke.', [['Kushner', 'kushner']]],
    ['Trumpian rhetoric from Trump.', [['Trump', 'trump']]],
    ['Kievan Rus was older than Kiev.', [['Kiev', 'kyiv']]],
    ['The Witkoffs and the Putins of this world.', []],
    ['Putina, Putinem, Putinowi, Selenskyjs and Russlands are not English words.', []],
  ])('marks only the names as written in "%s"', (sentence, marks) => {
    expect(foundBySeeds(sentence, language)).toEqual(marks);
  });

  it('still declines Cyrillic quoted in it', () => {
    expect(foundBySeeds('He quoted «Путина» and «Зеленського».', language)).toEqual([
      ['Путина', 'putin'],
      ['Зеленського', 'zelensky'],
    ]);
  });
});
