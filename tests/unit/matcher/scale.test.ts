import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../../src/matcher/index.ts';
import { AliasFlag, type AliasIndex } from '../../../src/shared/alias-index.ts';
import { makeIndex, PERSON, random } from './helpers.ts';

const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'vas', 'bel', 'dri', 'fen', 'gol', 'hu', 'jan', 'kor', 'lem'];
const cyrillic = ['ка', 'ло', 'ми', 'рен', 'тор', 'вас', 'бел', 'дри'];

function word(next: () => number, parts: string[], count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += parts[Math.floor(next() * parts.length)];
  return out[0]!.toUpperCase() + out.slice(1);
}

/** `count` entities of made-up names, each with a few aliases like a real index's. */
function generated(count: number, seed: number): AliasIndex {
  const next = random(seed);
  const index: AliasIndex = { entities: [], aliases: [], givenNames: ['melania', 'eric'] };
  for (let e = 0; e < count; e++) {
    index.entities.push([`e${e}`, e % 3 === 0 ? 'place' : PERSON, 'specific']);
    const given = word(next, syllables, 2);
    const surname = word(next, syllables, 2 + (e % 2));
    index.aliases.push([`${given} ${surname}`, e, 0], [surname, e, AliasFlag.Surname]);
    if (e % 4 === 0) index.aliases.push([word(next, cyrillic, 3), e, 0]);
    if (e % 5 === 0) index.aliases.push([`${surname}-${word(next, syllables, 2)} Council`, e, AliasFlag.FoldDiacritics]);
  }
  return index;
}

/** The first index's entities first, so entity positions agree. */
function concat(a: AliasIndex, b: AliasIndex): AliasIndex {
  const offset = a.entities.length;
  return {
    entities: [...a.entities, ...b.entities],
    aliases: [...a.aliases, ...b.aliases.map(([text, e, flags]): [string, number, number] => [text, e + offset, flags])],
    givenNames: a.givenNames,
  };
}

describe('a large index', () => {
  const small = generated(50, 1);
  const filler = 'the talks in the city went on for five hours and ended late'.split(' ');
  const next = random(2);
  const parts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const r = next();
    if (r < 0.15) {
      const [alias] = small.aliases[Math.floor(next() * small.aliases.length)]!;
      parts.push(r < 0.03 ? alias.toUpperCase() : r < 0.05 ? `${alias}’s` : alias);
    } else if (r < 0.17) {
      parts.push('Melania');
    } else {
      parts.push(filler[Math.floor(next() * filler.length)]!);
    }
  }
  const text = parts.join(' ');
  // Made-up names of the large index that occur in the text would be real mentions.
  const others = generated(4950, 3);
  others.aliases = others.aliases.filter(([alias]) => !text.includes(alias) && !text.includes(alias.toUpperCase()));
  const large = compileMatcher(concat(small, others));

  it('finds the same mentions with 5,000 entities as with 50', () => {
    const expected = findMentions(compileMatcher(small), text);
    expect(expected.length).toBeGreaterThan(200);
    expect(findMentions(large, text)).toEqual(expected);
  });

  it('uses the sparse states, not only the dense table', () => {
    expect(large.tables.symbol.units.length).toBeGreaterThan(large.denseStates * 4);
  });

  it('finds a name of the large index among them', () => {
    const [alias, entity] = others.aliases.find(([, , flags]) => flags === 0)!;
    const mentions = findMentions(large, `${text} and ${alias}.`);
    expect(mentions.at(-1)).toEqual({ start: text.length + 5, end: text.length + 5 + alias.length, entity: entity + 50 });
  });
});

describe('the automaton against a naive search', () => {
  // A small alphabet makes aliases overlap a lot, which exercises the failure links.
  const letters = 'abcAB -.';
  const next = random(7);
  const pick = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += letters[Math.floor(next() * letters.length)];
    return out;
  };
  const aliases = new Set<string>();
  while (aliases.size < 3000) {
    const alias = pick(1 + Math.floor(next() * 12)).trim();
    if (alias !== '' && !alias.includes('  ')) aliases.add(alias);
  }
  const index = makeIndex(
    [...aliases].map((_, i): [string, 'place'] => [`p${i}`, 'place']),
    [...aliases].map((alias, i): [string, string] => [alias, `p${i}`]),
  );
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

  function naive(text: string): { start: number; end: number; entity: number }[] {
    const candidates: { start: number; end: number; entity: number }[] = [];
    // A lower-case alias may start a sentence with a capital: after a full stop, or at the start.
    const startsSentence = (at: number) => {
      let j = at - 1;
      while (j >= 0 && text[j] === ' ') j--;
      return j < 0 || text[j] === '.';
    };
    index.aliases.forEach(([alias, entity]) => {
      const capitalised = alias[0]!.toUpperCase() + alias.slice(1);
      for (const form of new Set([alias, alias.toUpperCase(), capitalised])) {
        for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
          const end = at + form.length;
          if (form !== alias && form !== alias.toUpperCase() && !startsSentence(at)) continue;
          if (isWord(form[0]) && isWord(text[at - 1])) continue;
          if (isWord(form.at(-1)) && isWord(text[end])) continue;
          candidates.push({ start: at, end, entity });
        }
      }
    });
    candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.entity - b.entity);
    const mentions = [];
    let free = 0;
    for (const c of candidates) {
      if (c.start < free) continue;
      mentions.push(c);
      free = c.end;
    }
    return mentions;
  }

  it('agrees on random text', () => {
    const matcher = compileMatcher(index);
    expect(matcher.tables.symbol.units.length).toBeGreaterThan(matcher.denseStates);
    for (let round = 0; round < 50; round++) {
      const text = pick(1000).replace(/ {2,}/g, ' ');
      expect(findMentions(matcher, text)).toEqual(naive(text));
    }
  });
});
