import { describe, expect, it } from 'vitest';
import { found, makeIndex, PERSON } from './helpers.ts';

describe('leftmost longest', () => {
  it('takes the longest alias, not its parts', () => {
    const index = makeIndex(
      [
        ['putin', PERSON],
        ['vladimir', 'place'],
      ],
      [
        ['Putin', 'putin'],
        ['Vladimir Putin', 'putin'],
        ['Vladimir', 'vladimir'],
      ],
    );
    expect(found(index, 'Vladimir Putin met officials from Vladimir.')).toEqual([
      ['Vladimir Putin', 'putin'],
      ['Vladimir', 'vladimir'],
    ]);
  });

  it('resolves overlapping aliases of different entities leftmost first', () => {
    const index = makeIndex(
      [
        ['new-york', 'place'],
        ['times', 'organisation'],
      ],
      [
        ['New York', 'new-york'],
        ['York Times', 'times'],
      ],
    );
    expect(found(index, 'the New York Times')).toEqual([['New York', 'new-york']]);
    expect(found(index, 'the York Times')).toEqual([['York Times', 'times']]);
  });

  it('takes a shorter alias whose longer rival lost to an earlier one', () => {
    const index = makeIndex(
      [
        ['ab', 'place'],
        ['bc', 'place'],
        ['c', 'place'],
      ],
      [
        ['Alpha Beta', 'ab'],
        ['Beta Gamma', 'bc'],
        ['Gamma', 'c'],
      ],
    );
    expect(found(index, 'Alpha Beta Gamma')).toEqual([
      ['Alpha Beta', 'ab'],
      ['Gamma', 'c'],
    ]);
  });

  it('gives an exact tie to the alias listed first', () => {
    const index = makeIndex(
      [
        ['georgia-country', 'place'],
        ['georgia-state', 'place'],
      ],
      [
        ['Georgia', 'georgia-country'],
        ['Georgia', 'georgia-state'],
      ],
    );
    expect(found(index, 'in Georgia')).toEqual([['Georgia', 'georgia-country']]);
  });

  it('keeps adjacent mentions apart', () => {
    const index = makeIndex(
      [
        ['putin', PERSON],
        ['trump', PERSON],
      ],
      [
        ['Putin', 'putin'],
        ['Trump', 'trump'],
      ],
    );
    expect(found(index, 'Putin Trump Putin-Trump')).toEqual([
      ['Putin', 'putin'],
      ['Trump', 'trump'],
      ['Putin', 'putin'],
      ['Trump', 'trump'],
    ]);
  });

  it('does not let a candidate that fails the rules block a shorter one', () => {
    const index = makeIndex(
      [
        ['cape-town', 'place'],
        ['town-hall', 'place'],
      ],
      [
        ['Cape Town', 'cape-town'],
        ['Town Hall', 'town-hall'],
      ],
    );
    expect(found(index, 'cape Town Hall')).toEqual([['Town Hall', 'town-hall']]);
  });
});
