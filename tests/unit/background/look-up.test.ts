import { describe, expect, it } from 'vitest';
import { lookUp, lookUpRoute, matcherFor } from '../../../src/background/look-up.ts';
import { opensWelcome } from '../../../src/background/first-run.ts';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { makeIndex } from '../matcher/helpers.ts';

const index = makeIndex(
  [['putin', 'person'], ['nato', 'organisation'], ['trump', 'person']],
  [['Vladimir Putin', 'putin'], ['Putin', 'putin', 2], ['NATO', 'nato'], ['Trump', 'trump', 2], ['The Washington Post', 'trump', 4]],
  ['melania'],
);
const matcher = compileMatcher(index);
const look = (selection: string) => lookUp(matcher, index, selection);

describe('lookUp', () => {
  it.each([
    ['Putin', 'putin'],
    ['Vladimir Putin', 'putin'],
    ['  Vladimir\n  Putin ', 'putin'],
    ['“Putin”,', 'putin'],
    ['(NATO)', 'nato'],
    ['Putin’s', 'putin'],
    ["NATO's", 'nato'],
    ['PUTIN', 'putin'],
  ])('opens the brief for the alias %j', (selection, brief) => expect(look(selection)).toEqual({ brief }));

  it.each([
    ['putin', 'putin'],
    ['Putinism', 'Putinism'],
    ['Putin and NATO', 'Putin and NATO'],
    ['Melania Trump', 'Melania Trump'],
    ['The Washington Post', 'The Washington Post'],
    ['President Putin', 'President Putin'],
    ['Kyiv', 'Kyiv'],
    ['  xyzzy. ', 'xyzzy'],
  ])('searches for %j, which is no one alias by the matcher’s rules', (selection, search) => expect(look(selection)).toEqual({ search }));

  it('searches for at most 100 characters', () => {
    const long = 'word '.repeat(60);
    const result = look(long);
    expect('search' in result && result.search.length).toBe(100);
  });

  it('finds the briefs of the real seeds', async () => {
    const seeds = compileSeeds(readSeeds('seeds'));
    const real = seeds.aliasIndex;
    expect(lookUp(matcherFor(real), real, 'Zelensky')).toEqual({ brief: 'zelensky' });
    expect(lookUp(matcherFor(real), real, 'Pokrovsk')).toEqual({ brief: 'pokrovsk' });
    expect(lookUp(matcherFor(real), real, 'zelenksy')).toEqual({ search: 'zelenksy' });
  });
});

describe('lookUpRoute', () => {
  it('gives the popup routes the views read', () => {
    expect(lookUpRoute({ brief: 'putin' })).toBe('popup.html#/brief/putin');
    expect(lookUpRoute({ search: 'Witkoff & Kushner' })).toBe('popup.html#/briefs?q=Witkoff%20%26%20Kushner');
    expect(lookUpRoute({ search: '' })).toBe('popup.html#/briefs');
  });
});

describe('opensWelcome', () => {
  it('greets a fresh install only, not an update or a browser update', () => {
    expect(opensWelcome({ reason: 'install' })).toBe(true);
    expect(opensWelcome({ reason: 'update' })).toBe(false);
    expect(opensWelcome({ reason: 'browser_update' })).toBe(false);
    expect(opensWelcome({ reason: 'chrome_update' })).toBe(false);
    expect(opensWelcome({ reason: 'shared_module_update' })).toBe(false);
  });
});
