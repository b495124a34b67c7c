import { describe, expect, it } from 'vitest';
import { compileSeeds, type SeedSource } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import type { InflectionTables } from '../../../src/shared/inflection.ts';
import { fold, searchBriefs, suggestName } from '../../../src/ui/search-briefs.ts';

const { briefs } = compileSeeds(readSeeds('seeds')).bundle;
const ids = (query: string) => searchBriefs(briefs, query).map((hit) => hit.brief.id);
const first = (query: string) => searchBriefs(briefs, query)[0];

type Alias = string | { text: string; lang: string; inflect?: string; stem?: string };
/** Names in other languages for a few entities, put in place of the seeds' own alias of the same text and language, if any. */
const names: Record<string, Alias[]> = {
  putin: [{ text: 'Путин', lang: 'ru', inflect: 'test-surname' }, { text: 'Putin', lang: 'pl', inflect: 'test-masculine' }],
  zelensky: [{ text: 'Selenskyj', lang: 'de' }],
  kyiv: [{ text: 'Kijów', lang: 'pl', inflect: 'test-place', stem: 'Kijow' }],
};
const patterns: InflectionTables = {
  ru: { 'test-surname': { about: 'Путин, Путина, Путину', strip: '', endings: ['', 'а', 'у', 'ым', 'е'] } },
  pl: {
    'test-masculine': { about: 'Putin, Putina, Putinowi', strip: '', endings: ['', 'a', 'owi', 'em', 'ie'] },
    'test-place': { about: 'Kijów, Kijowa, Kijowie', strip: '', endings: ['a', 'em', 'ie'] },
  },
};

/** The real seeds with those names and the patterns they decline by: the build computes the forms. */
function withNames(sources: SeedSource[]): SeedSource[] {
  const sameName = (a: Alias) => (b: Alias) => typeof a !== 'string' && typeof b !== 'string' && a.text === b.text && a.lang === b.lang;
  return sources.map(({ path, text }) => {
    const json = JSON.parse(text);
    if (path.endsWith('inflections.json')) {
      for (const [language, table] of Object.entries(patterns)) json.languages[language] = { ...json.languages[language], ...table };
    } else if (Array.isArray(json.entities)) {
      for (const entity of json.entities as { id: string; aliases: Alias[] }[]) {
        for (const alias of names[entity.id] ?? []) entity.aliases = [...entity.aliases.filter((a) => !sameName(alias)(a)), alias];
      }
    }
    return { path, text: JSON.stringify(json) };
  });
}
const declined = compileSeeds(withNames(readSeeds('seeds'))).bundle.briefs;
const firstDeclined = (query: string) => searchBriefs(declined, query)[0];

describe('searchBriefs', () => {
  it('returns nothing for an empty query: the view shows the whole list instead', () => expect(ids('  ')).toEqual([]));
  it('finds by name, first', () => expect(ids('putin')[0]).toBe('putin'));
  it('finds by spelling variant and native name, and says which', () => {
    expect(ids('Kupyansk')[0]).toBe('kupiansk');
    expect(first('Київ')).toMatchObject({ brief: { id: 'kyiv' }, field: 'native name', text: 'Київ', typo: false });
    expect(first('kiev')).toMatchObject({ brief: { id: 'kyiv' }, field: 'alias', text: 'Kiev' });
  });
  it('folds accents and case', () => {
    expect(ids('MACRÓN')[0]).toBe('macron');
    expect(fold('Kyïv Ærø')).toBe('kyiv ærø');
  });
  it('forgives one or two typos in names', () => {
    expect(first('zelenksy')).toMatchObject({ brief: { id: 'zelensky' }, typo: true });
    expect(ids('pokrovks')[0]).toBe('pokrovsk');
    expect(ids('kupyansk')[0]).toBe('kupiansk');
    expect(ids('vovchnask')[0]).toBe('vovchansk');
    expect(ids('ushakof')[0]).toBe('ushakov');
  });
  it('does not forgive a typo in a short word, or in summaries', () => {
    expect(ids('nat')).not.toContain('zelensky');
    expect(ids('xyzzy')).toEqual([]);
  });
  it('needs every word', () => expect(ids('pokrovsk zzzz')).toEqual([]));
  it('finds by words of the summary and facts too, after the names, and shows the sentence', () => {
    const found = searchBriefs(briefs, 'envoy');
    const witkoff = found.find((hit) => hit.brief.id === 'witkoff')!;
    expect(['summary', 'fact']).toContain(witkoff.field);
    expect(fold(witkoff.text)).toContain('envoy');
    const nato = searchBriefs(briefs, 'nato');
    expect(nato[0]!.brief.id).toBe('nato');
    expect(nato.slice(1).every((hit) => !['name'].includes(hit.field))).toBe(true);
  });
  it('ranks a name match above a prefix above an alias above a typo', () => {
    expect(ids('trump')[0]).toBe('trump');
    expect(ids('witk')[0]).toBe('witkoff');
  });
});

describe('searchBriefs, names in other languages', () => {
  it('finds a brief by its name in another language, and says which language', () => {
    expect(firstDeclined('Selenskyj')).toMatchObject({ brief: { id: 'zelensky' }, field: 'local name', text: 'Selenskyj', lang: 'de', typo: false });
    expect(firstDeclined('kijów')).toMatchObject({ brief: { id: 'kyiv' }, field: 'local name', text: 'Kijów', lang: 'pl' });
  });
  it('finds it by every form the build declined the name into, in any case', () => {
    expect(firstDeclined('Путина')).toMatchObject({ brief: { id: 'putin' }, field: 'form', text: 'Путина', lang: 'ru', typo: false });
    expect(firstDeclined('путиным')).toMatchObject({ brief: { id: 'putin' }, field: 'form', text: 'Путиным', lang: 'ru' });
    expect(firstDeclined('Kijowie')).toMatchObject({ brief: { id: 'kyiv' }, field: 'form', text: 'Kijowie', lang: 'pl', typo: false });
    expect(firstDeclined('PUTINOWI')).toMatchObject({ brief: { id: 'putin' }, field: 'form', text: 'Putinowi', lang: 'pl' });
  });
  it('still names the English name first where it matches too', () => {
    expect(firstDeclined('Putin')).toMatchObject({ brief: { id: 'putin' }, field: 'name' });
    expect(firstDeclined('Київ')).toMatchObject({ brief: { id: 'kyiv' }, field: 'native name', lang: 'uk' });
  });
  it('forgives a typo in a form, and says so', () => {
    expect(firstDeclined('Putinowy')).toMatchObject({ brief: { id: 'putin' }, field: 'form', text: 'Putinowi', lang: 'pl', typo: true });
  });
});

describe('suggestName', () => {
  it('suggests the closest name for a search that found nothing', () => {
    expect(suggestName(briefs, 'zelenskkyyy')?.id).toBe('zelensky');
    expect(suggestName(briefs, 'moskow')?.id).toBe('moscow');
    expect(searchBriefs(briefs, 'putinnnn')).toEqual([]);
    expect(suggestName(briefs, 'putinnnn')?.id).toBe('putin');
  });
  it('suggests nothing for gibberish or very short input', () => {
    expect(suggestName(briefs, 'xyzzy')).toBeUndefined();
    expect(suggestName(briefs, 'q')).toBeUndefined();
  });
});
