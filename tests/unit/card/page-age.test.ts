import { describe, expect, it } from 'vitest';
import { longAfterMonths, monthsBetween, pageAge } from '../../../src/content/card/page-age.ts';

describe('monthsBetween', () => {
  it.each([
    ['2025-12-02', '2026-06-02', 6],
    ['2025-12-02', '2026-06-01', 5],
    ['2025-12-02', '2025-12-31', 0],
    ['2025-12-02', '2017-06-12', -101],
    ['2025-12', '2026-06-02', undefined],
  ])('from %s to %s is %s', (from, to, months) => expect(monthsBetween(from, to)).toBe(months));
});

describe('pageAge', () => {
  it('says nothing without a date the page states, or with one near the brief', () => {
    expect(pageAge(undefined, '2025-12-02', '2025-12-02')).toBeUndefined();
    expect(pageAge('12 June 2017', '2025-12-02', '2025-12-02')).toBeUndefined();
    expect(pageAge('2025-12-02', '2025-12-02', '2025-12-02')).toBeUndefined();
    expect(pageAge('2026-06-01', '2025-12-02', '2025-12-02')).toBeUndefined();
  });

  it('gives both dates for a page older than the story', () => {
    expect(pageAge('2017-06-12', '2025-12-02', '2025-12-02')).toBe('This page is from 12 Jun 2017; this brief is as of 2 Dec 2025');
    expect(pageAge('2025-12-01', '2025-12-02', '2025-12-03')).toBe('This page is from 1 Dec 2025; this brief is as of 3 Dec 2025');
  });

  it(`says how old the brief is from ${longAfterMonths} months after it, in years from two`, () => {
    expect(pageAge('2026-06-02', '2025-12-02', '2025-12-02')).toBe('This page is from 2 Jun 2026; this brief is as of 2 Dec 2025, 6 months earlier');
    expect(pageAge('2028-01-15', '2025-12-02', '2025-12-02')).toBe('This page is from 15 Jan 2028; this brief is as of 2 Dec 2025, 2 years earlier');
  });
});
