import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../../src/matcher/index.ts';
import { found, makeIndex, PERSON } from './helpers.ts';

const index = makeIndex(
  [['putin', PERSON]],
  [
    ['Putin', 'putin'],
    ['Vladimir Putin', 'putin'],
  ],
);
const matcher = compileMatcher(index);

describe('text edges and block breaks', () => {
  it('finds nothing in empty text', () => {
    expect(findMentions(matcher, '')).toEqual([]);
  });

  it('finds nothing in text of object replacement characters only', () => {
    expect(findMentions(matcher, '\ufffc')).toEqual([]);
    expect(findMentions(matcher, '\ufffc\ufffc\ufffc')).toEqual([]);
  });

  it('finds nothing in an index without aliases', () => {
    expect(findMentions(compileMatcher({ entities: [], aliases: [], givenNames: [] }), 'Putin')).toEqual([]);
  });

  it('never matches across U+FFFC', () => {
    expect(found(index, 'Vladimir\ufffcPutin')).toEqual([['Putin', 'putin']]);
    expect(found(index, 'Vladimir \ufffc Putin')).toEqual([['Putin', 'putin']]);
  });

  it('treats U+FFFC as a word boundary', () => {
    const text = '\ufffcPutin\ufffcPutin\ufffc';
    expect(findMentions(matcher, text)).toEqual([
      { start: 1, end: 6, entity: 0 },
      { start: 7, end: 12, entity: 0 },
    ]);
  });

  it('ignores an alias made only of what the matcher skips', () => {
    const odd = makeIndex([['x', 'event']], [['\u00ad \u200b', 'x'], ['a\ufffcb', 'x']]);
    expect(found(odd, 'a b \u00ad \u200b a\ufffcb')).toEqual([]);
  });

  it('finds the same mentions in any number of calls', () => {
    const text = 'Vladimir Putin and Putin';
    expect(findMentions(matcher, text)).toEqual(findMentions(matcher, text));
  });
});
