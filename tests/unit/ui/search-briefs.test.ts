import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { searchBriefs } from '../../../src/ui/search-briefs.ts';

const { briefs } = compileSeeds(readSeeds('seeds')).bundle;
const ids = (query: string) => searchBriefs(briefs, query).map((b) => b.id);

describe('searchBriefs', () => {
  it('returns every brief for an empty query', () => expect(ids('  ')).toHaveLength(briefs.length));
  it('finds by name, first', () => expect(ids('putin')[0]).toBe('putin'));
  it('finds by spelling variant and native name', () => {
    expect(ids('Kupyansk')).toContain('kupiansk');
    expect(ids('Київ')).toContain('kyiv');
    expect(ids('kiev')[0]).toBe('kyiv');
  });
  it('folds accents and case', () => expect(ids('MACRÓN')[0]).toBe('macron'));
  it('needs every word', () => expect(ids('pokrovsk zzzz')).toEqual([]));
  it('finds by words of the summary too, after the names', () => {
    const found = ids('envoy');
    expect(found).toContain('witkoff');
  });
});
