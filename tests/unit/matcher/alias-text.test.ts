import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { aliasOf } from '../../../src/matcher/load.ts';
import { compileMatcher, compileTables } from '../../../src/matcher/index.ts';
import { plainForm, stripMarks } from '../../../src/matcher/normalise.ts';
import { AliasFlag, type AliasIndex } from '../../../src/shared/alias-index.ts';
import { makeIndex, PERSON } from './helpers.ts';

const seeds = compileSeeds(readSeeds('seeds')).aliasIndex;
const odd = makeIndex(
  [['a', PERSON], ['b', 'place'], ['c', 'organisation']],
  [['Kyïv', 'b', AliasFlag.FoldDiacritics], ['McCain', 'a'], ['al-Assad', 'a'], ['NATO', 'c'], ['Jean-Claude  Juncker', 'a'], ['Ольга Іванова', 'a'], ['i’m here', 'c'], ['.com', 'c'], ['(.com', 'c'], ['Washington', 'b']],
);

/** Every alias as the rules read it, from the index itself (a declining one is read as its stem), with its entity. */
const expected = (index: AliasIndex) =>
  index.aliases.map(([text, entity, flags, , inflection]) => {
    const written = (inflection?.[0] ?? text).trim();
    return `${entity} ${flags & AliasFlag.FoldDiacritics ? stripMarks(plainForm(written)) : plainForm(written)}`;
  });

describe('aliases read back from the trie', () => {
  it.each([['the seeds', seeds], ['odd spellings', odd]])('give every alias of %s as written', (_, index) => {
    const matcher = compileMatcher(index);
    expect(matcher.patterns).toBe(index.aliases.length);
    // Patterns are numbered by the state they end in, not in the index's order.
    const read = Array.from({ length: matcher.patterns }, (_, p) => `${aliasOf(matcher, p).entity} ${aliasOf(matcher, p).asWritten}`);
    expect(read.sort()).toEqual(expected(index).sort());
  });

  it('spell out only the aliases that are not their folded words, some capitalised', () => {
    const tables = compileTables(odd);
    const spelled = ['Kyïv', 'McCain', 'al-Assad', 'NATO', 'Jean-Claude Juncker'];
    expect(tables.aliasText.split('\n').sort()).toEqual(['', ...spelled].sort());
    // Letters that fold (Polish ń, ó, ł; Cyrillic й, ё, ї) make a name spelled out: over a third of the seeds' text in seven languages.
    expect(compileTables(seeds).aliasText.length).toBeLessThan(expected(seeds).join('').length / 2);
  });
});
