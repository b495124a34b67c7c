import { describe, expect, it } from 'vitest';
import { namesElsewhere } from '../../../src/ui/names-elsewhere.ts';

const ukraine: Parameters<typeof namesElsewhere>[0] = {
  name: 'Ukraine',
  aliases: ['Ukraine'],
  nativeNames: [['uk', 'Україна', 'України']],
  localNames: [
    ['be', 'Україна'],
    ['de', 'Ukraine'],
    ['pl', 'Ukraina', 'Ukrainy'],
    ['es', 'Ucrania'],
    ['sv', 'Ukraina'],
    ['ru', 'Украина'],
  ],
};

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
