import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { fold, searchBriefs, suggestName } from '../../../src/ui/search-briefs.ts';

const { briefs } = compileSeeds(readSeeds('seeds')).bundle;
const ids = (query: string) => searchBriefs(briefs, query).map((hit) => hit.brief.id);
const first = (query: string) => searchBriefs(briefs, query)[0];

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
