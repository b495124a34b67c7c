import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../../src/content/dateline.ts';

describe('datelineLength', () => {
  it.each([
    ['MOSCOW (AP) — An unmanned cargo ship', 'MOSCOW (AP) — '],
    ['KYIV, Ukraine — Zelensky said', 'KYIV, Ukraine — '],
    ['WASHINGTON – The White House', 'WASHINGTON – '],
    ['NEW YORK (Reuters) -- Markets fell', 'NEW YORK (Reuters) -- '],
    ['  DUBLIN — Zelensky arrived', '  DUBLIN — '],
  ])('finds the dateline of %j', (text, found) => expect(text.slice(0, datelineLength(text))).toBe(found));

  it.each(['NATO said on Tuesday — again — that', 'Moscow (AP) — lower case is not a dateline', 'Putin met Witkoff — and Kushner', 'MOSCOW', 'US envoys — Witkoff and Kushner — arrived', ''])(
    'finds none in %j',
    (text) => expect(datelineLength(text)).toBe(0),
  );
});
