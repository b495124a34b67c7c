import { describe, expect, it } from 'vitest';
import { AliasFlag } from '../../../src/shared/alias-index.ts';
import { found, makeIndex } from './helpers.ts';

describe('diacritics', () => {
  const folding = makeIndex([['kyiv', 'place']], [['Kyiv', 'kyiv', AliasFlag.FoldDiacritics]]);
  const strict = makeIndex([['kyiv', 'place']], [['Kyiv', 'kyiv']]);

  it('folds accented text for an alias with FoldDiacritics', () => {
    expect(found(folding, 'Kyïv, KYÏV, Kyiv, Kýiv')).toEqual([
      ['Kyïv', 'kyiv'],
      ['KYÏV', 'kyiv'],
      ['Kyiv', 'kyiv'],
      ['Kýiv', 'kyiv'],
    ]);
  });

  it('folds decomposed accents too', () => {
    expect(found(folding, 'in Kyi\u0308v')).toEqual([['Kyi\u0308v', 'kyiv']]);
  });

  it('still applies the case rule when folding', () => {
    expect(found(folding, 'kyïv kyiv')).toEqual([]);
  });

  it('never folds without the flag', () => {
    expect(found(strict, 'Kyïv, KYÏV, Kyi\u0308v')).toEqual([]);
    expect(found(strict, 'Kyiv')).toEqual([['Kyiv', 'kyiv']]);
  });

  it('matches an accented alias only as accented, in either Unicode form', () => {
    const index = makeIndex([['ireland', 'place']], [['Éire', 'ireland']]);
    expect(found(index, 'Éire, E\u0301ire, ÉIRE, Eire, EIRE')).toEqual([
      ['Éire', 'ireland'],
      ['E\u0301ire', 'ireland'],
      ['ÉIRE', 'ireland'],
    ]);
  });

  it('matches an accented alias with FoldDiacritics in plain text', () => {
    const index = makeIndex([['zelensky', 'person']], [['Volodímir Zelenski', 'zelensky', AliasFlag.FoldDiacritics]]);
    expect(found(index, 'Volodimir Zelenski')).toEqual([['Volodimir Zelenski', 'zelensky']]);
  });
});
