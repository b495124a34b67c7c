import { describe, expect, it } from 'vitest';
import { at, NARROW_MAX, pack, packedLength } from '../../../src/matcher/packed.ts';

/** What Chrome accepts in a content script: UTF-8, without noncharacters. */
const isWellFormed = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text && !/[\uFDD0-\uFDEF\uFFFE\uFFFF]/.test(text);

describe('packed arrays', () => {
  it('round-trip every value a narrow unit holds, with no lone surrogate (content.js must be UTF-8)', () => {
    const values = Array.from({ length: NARROW_MAX + 1 }, (_, i) => i);
    const packed = pack(values);
    expect(packed.wide).toBe(false);
    expect(isWellFormed(packed.units)).toBe(true);
    expect(values.every((v) => at(packed, v) === v)).toBe(true);
  });

  it('go wide past the narrow range, still well-formed, and read back', () => {
    const values = [0, NARROW_MAX + 1, 0xd800, 0xdfff, 0xe000, 0xfdd0, 0xfffe, 0xffff, 70_000, 1_000_000, 123_456_789];
    const packed = pack(values);
    expect(packed.wide).toBe(true);
    expect(packedLength(packed)).toBe(values.length);
    expect(isWellFormed(packed.units)).toBe(true);
    expect(values.map((_, i) => at(packed, i))).toEqual(values);
  });

  it('refuses what it cannot hold', () => {
    expect(() => pack([-1])).toThrow(/cannot pack/);
    expect(() => pack([1.5])).toThrow(/cannot pack/);
    expect(() => pack([2 ** 33])).toThrow(/too large/);
  });
});
