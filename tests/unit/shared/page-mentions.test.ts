import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../../src/shared/page-mentions.ts';

describe('mergeMentions', () => {
  it('adds up the counts of an entity named in the page and in its frames, in order of first mention', () => {
    const top = [{ id: 'putin', count: 2, marked: 1 }, { id: 'kyiv', count: 1, marked: 1 }];
    const frames = [{ id: 'crimea', count: 1, marked: 1 }, { id: 'putin', count: 3, marked: 2 }];
    expect(mergeMentions([top, frames])).toEqual([
      { id: 'putin', count: 5, marked: 3 },
      { id: 'kyiv', count: 1, marked: 1 },
      { id: 'crimea', count: 1, marked: 1 },
    ]);
  });

  it('counts a frame that did not say how many it marked as marking none', () => {
    expect(mergeMentions([[{ id: 'nato', count: 2 }], []])).toEqual([{ id: 'nato', count: 2, marked: 0 }]);
  });
});
