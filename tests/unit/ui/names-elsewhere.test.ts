import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/shared/briefs.ts';
import { namesElsewhere } from '../../../src/ui/names-elsewhere.ts';

const ukraine = {
  name: 'Ukraine',
  aliases: ['Ukraine'],
  nativeNames: [{ lang: 'uk', text: 'Україна', forms: ['України'] }],
  localNames: [
    { text: 'Україна', lang: 'be' },
    { text: 'Ukraine', lang: 'de' },
    { text: 'Ukraina', lang: 'pl', forms: ['Ukrainy'] },
    { text: 'Ucrania', lang: 'es' },
    { text: 'Ukraina', lang: 'sv' },
    { text: 'Украина', lang: 'ru' },
  ],
} as Brief;

describe('namesElsewhere', () => {
  it('lists each name in another language once, with its languages, in seed order', () => {
    expect(namesElsewhere(ukraine)).toEqual([
      { text: 'Ukraina', langs: ['pl', 'sv'] },
      { text: 'Ucrania', langs: ['es'] },
      { text: 'Украина', langs: ['ru'] },
    ]);
  });
  it('leaves out what the brief shows already: its name, an English alias, a native name', () => {
    expect(namesElsewhere({ ...ukraine, localNames: ukraine.localNames.slice(0, 2) })).toEqual([]);
  });
});
