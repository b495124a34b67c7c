import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { compileMatcher, findMentions } from '../../../src/matcher/index.ts';
import { createPrefilter, prefilterTrie } from '../../../src/matcher/prefilter.ts';
import { AliasFlag, type AliasIndex } from '../../../src/shared/alias-index.ts';
import { filler } from '../../bench/filler.ts';
import { seededRandom } from '../../bench/random.ts';

const seedIndex = compileSeeds(readSeeds('seeds')).aliasIndex;
const seedAliases = seedIndex.aliases.map(([text]) => text);

/** Declining names, as in inflected.test.ts: the prefilter must let every declined form through. */
const declining: AliasIndex = {
  entities: [['putin', 'person', 'specific'], ['moscow', 'place', 'common'], ['kyiv', 'place', 'common']],
  aliases: [
    ['Putin', 0, AliasFlag.Surname, [], ['Putin', 0]],
    ['Путин', 0, AliasFlag.Surname, [], ['Путин', 1]],
    ['Москва', 1, 0, [], ['Москв', 2]],
    ['Київ', 2, 0],
    ['Київ', 2, 0, [], ['Києв', 3]],
    ['Kyïv', 2, AliasFlag.FoldDiacritics],
  ],
  givenNames: [],
  inflections: [['pl', ['', 'a', 'owi', 'em', 'ie']], ['ru', ['', 'а', 'у', 'ым', 'е']], ['ru', ['а', 'ы', 'е', 'у', 'ой', 'ою']], ['uk', ['а', 'у', 'ом', 'і']]],
};

/** The ways a name may be written that the rules still accept (or that come close). */
const variants = (alias: string): string[] => {
  const capitalised = alias.charAt(0).toUpperCase() + alias.slice(1);
  return [
    alias, alias.toUpperCase(), capitalised, alias.toLowerCase(), alias.normalize('NFD'),
    alias.replace(/'/g, '\u2019').replace(/-/g, '\u2011').replace(/ /g, '\u00a0'),
    alias.slice(0, 1) + '\u00ad' + alias.slice(1), alias.replace(/ /g, ' \n '), `${alias}’s`,
  ];
};
const languages = ['', 'en', 'pl', 'ru', 'uk', 'de'];
const odd = ['\u00ad', '\u200b', '\u2060', '\ufeff', '\u0301', '\u00a0', '\ufffc', '\u02bc', '\n', ' ', ', ', '. ', '(', '“', 'x', 'é', '_', '4', 'ем', 'ы', 'ом', 'owi', 'и', 'the '];

function checkExact(index: AliasIndex, names: string[], runs: number) {
  const matcher = compileMatcher(index);
  const mayMention = createPrefilter(prefilterTrie(index));
  const fragment = fc.oneof(fc.constantFrom(...names.flatMap(variants)), fc.constantFrom(...odd), fc.string({ maxLength: 3 }));
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 12 }), fc.constantFrom(...languages), (fragments, language) => {
      const text = fragments.join('');
      if (findMentions(matcher, text, language).length > 0) expect(mayMention(text), text).toBe(true);
    }),
    { numRuns: runs },
  );
}

describe('the prefilter', () => {
  it('lets through every text the matcher finds a seed name in', () => {
    checkExact(seedIndex, seedAliases, 3000);
  });

  it('lets through declined, accented and decomposed forms', () => {
    checkExact(declining, ['Putin', 'Putinem', 'Путиным', 'Москве', 'Києва', 'Київ', 'Kyiv', 'Kyïv', 'KYÏV'], 2000);
  });

  it('lets through each seed alias on its own and in a sentence', () => {
    const mayMention = createPrefilter(prefilterTrie(seedIndex));
    for (const alias of seedAliases) {
      expect(mayMention(alias), alias).toBe(true);
      expect(mayMention(`Talks ended. ${alias.toUpperCase()}, officials said.`), alias).toBe(true);
    }
  });

  it('turns away text that names nobody, and names inside other words', () => {
    const mayMention = createPrefilter(prefilterTrie(seedIndex));
    const random = seededRandom(7);
    const words = filler(random, () => '', 0);
    for (let i = 0; i < 50; i++) expect(mayMention(words.text(400))).toBe(false);
    expect(mayMention('Rasputinism and awarding the trump card')).toBe(false);
    expect(mayMention('Rasputin met Putin')).toBe(true);
  });

  it('walks a trie of more nodes than two of its number digits can count', () => {
    const random = seededRandom(11);
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const names = new Set<string>();
    while (names.size < 3000) {
      let name = random.pick(letters).toUpperCase();
      for (let i = 0; i < 5; i++) name += random.pick(letters);
      names.add(name);
    }
    const index: AliasIndex = { entities: [['many', 'person', 'specific']], aliases: [...names].map((name) => [name, 0, 0] as const), givenNames: [] };
    const trie = prefilterTrie(index);
    expect(trie.trie.split('\n').length).toBeGreaterThan(64 ** 2);
    const mayMention = createPrefilter(trie);
    for (const name of names) expect(mayMention(`Talks with ${name} ended.`), name).toBe(true);
    const prefixes = new Set([...names].map((name) => name.slice(0, 4)));
    for (const word of ['Qqqq', 'Zzzz', 'Xxxx', 'Jjjj']) if (!prefixes.has(word)) expect(mayMention(`Talks with ${word} ended.`), word).toBe(false);
  });

  it('matches nothing for an index without aliases', () => {
    expect(createPrefilter(prefilterTrie({ entities: [], aliases: [], givenNames: [] }))('Putin')).toBe(false);
  });
});
