import { describe, expect, it } from 'vitest';
import { ageInWords } from '../../../src/ui/brief-age.ts';

const on = (day: string) => new Date(`${day}T15:30:00`);

describe('ageInWords', () => {
  it('says how long before today the facts were written', () => {
    expect(ageInWords('2025-12-02', on('2026-12-01'))).toBe('a year before today');
    expect(ageInWords('2025-12-02', on('2025-12-02'))).toBe('today');
    expect(ageInWords('2025-12-02', on('2025-12-03'))).toBe('yesterday');
    expect(ageInWords('2025-12-02', on('2025-12-12'))).toBe('10 days before today');
    expect(ageInWords('2025-12-02', on('2026-01-06'))).toBe('5 weeks before today');
    expect(ageInWords('2025-12-02', on('2026-01-16'))).toBe('a month before today');
    expect(ageInWords('2025-12-02', on('2026-06-02'))).toBe('6 months before today');
    expect(ageInWords('2025-12-02', on('2028-01-10'))).toBe('2 years before today');
  });
  it('reads a month without a day as its first day', () => expect(ageInWords('2025-11', on('2025-11-21'))).toBe('3 weeks before today'));
  it('says nothing for a date in the future or one it cannot read', () => {
    expect(ageInWords('2027-01-01', on('2026-12-01'))).toBeUndefined();
    expect(ageInWords('soon', on('2026-12-01'))).toBeUndefined();
  });
});
