import { describe, expect, it } from 'vitest';
import { found, makeIndex } from './helpers.ts';

const index = makeIndex(
  [['observers', 'organisation'], ['east', 'place']],
  [
    ['international observers', 'observers'],
    ['eastern Ukraine', 'east'],
  ],
);

describe('an alias written in lower case at its start', () => {
  it.each([
    'International observers doubt it.',
    'Talks failed. International observers left.',
    'Why? “International observers” said so.',
    'Note: International observers',
    'It ended… (International observers',
  ])('matches with a capital at the start of a sentence or block: %s', (text) => {
    expect(found(index, text)).toEqual([['International observers', 'observers']]);
  });

  it('matches as written anywhere, and in ALL CAPS', () => {
    expect(found(index, 'Several international observers; INTERNATIONAL OBSERVERS')).toEqual([
      ['international observers', 'observers'],
      ['INTERNATIONAL OBSERVERS', 'observers'],
    ]);
  });

  it('does not match a capital inside a sentence, or other casings', () => {
    expect(found(index, 'Some International observers, a few International Observers. INTERNATIONAL observers. International Observers')).toEqual([]);
  });

  it('capitalises the first letter only', () => {
    expect(found(index, 'Eastern Ukraine is contested. Eastern ukraine is not a form.')).toEqual([['Eastern Ukraine', 'east']]);
  });
});
