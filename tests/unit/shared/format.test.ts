import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/format.ts';

describe('formatDate', () => {
  it('writes a full date with a short month', () => expect(formatDate('2025-12-02')).toBe('2 Dec 2025'));
  it('writes September as Sep in every engine', () => expect(formatDate('2022-09-30')).toBe('30 Sep 2022'));
  it('writes a month or a year alone', () => {
    expect(formatDate('2014-03')).toBe('Mar 2014');
    expect(formatDate('2014')).toBe('2014');
  });
  it('shows anything else as given', () => expect(formatDate('early 2026')).toBe('early 2026'));
});
