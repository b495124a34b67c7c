import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/shared/briefs.ts';
import { matchedLine } from '../../../src/ui/matched-line.ts';
import type { SearchHit } from '../../../src/ui/search-briefs.ts';

const brief = { id: 'putin', name: 'Vladimir Putin' } as Brief;
const hit = (fields: Partial<SearchHit>): SearchHit => ({ brief, field: 'name', text: 'Vladimir Putin', typo: false, ...fields });

describe('matchedLine', () => {
  it('says nothing for the name itself, and what matched otherwise', () => {
    expect(matchedLine(hit({}))).toBeUndefined();
    expect(matchedLine(hit({ typo: true }))).toBe('close to the name “Vladimir Putin”');
    expect(matchedLine(hit({ field: 'native name', text: 'Путин', lang: 'ru' }))).toBe('matches the native name “Путин”');
  });
  it('names the language of a name or form in another language', () => {
    expect(matchedLine(hit({ field: 'form', text: 'Putina', lang: 'pl' }))).toBe('matches the Polish form “Putina”');
    expect(matchedLine(hit({ field: 'local name', text: 'Selenskyj', lang: 'de' }))).toBe('matches the German name “Selenskyj”');
    expect(matchedLine(hit({ field: 'form', text: 'Putinowi', lang: 'pl', typo: true }))).toBe('close to the Polish form “Putinowi”');
  });
  it('gives the code of a language it cannot name', () => {
    expect(matchedLine(hit({ field: 'local name', text: 'Putin', lang: 'qq' }))).toBe('matches the qq name “Putin”');
  });
});
