import { describe, expect, it } from 'vitest';
import { AliasFlag } from '../../../src/shared/alias-index.ts';
import { found, makeIndex } from './helpers.ts';

describe('phrases that are never mentions', () => {
  const index = makeIndex(
    [['washington', 'place'], ['ireland', 'place']],
    [
      ['Washington', 'washington'],
      ['Ireland', 'ireland'],
      ['Washington Post', 'washington', AliasFlag.NotAMention],
      ['Northern Ireland', 'washington', AliasFlag.NotAMention],
    ],
  );

  it('swallow the alias inside them', () => {
    expect(found(index, 'The Washington Post reported from Northern Ireland.')).toEqual([]);
  });

  it('leave the alias alone elsewhere', () => {
    expect(found(index, 'In Washington, the Post said Ireland and Northern Ireland agreed.')).toEqual([
      ['Washington', 'washington'],
      ['Ireland', 'ireland'],
    ]);
  });

  it('follow the case rule like any alias', () => {
    expect(found(index, 'WASHINGTON POST and washington post')).toEqual([]);
  });
});
