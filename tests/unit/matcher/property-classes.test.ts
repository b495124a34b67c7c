import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainRangeSource, propertyRegExp } from '../../../src/matcher/property-classes.ts';

/** Every unit the twins are made for. */
const plainUnits = [
  ...Array.from({ length: 0x80 }, (_, code) => code),
  0xa0,
  ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i),
].map((code) => String.fromCharCode(code));

/** Every pattern the code wraps, read from its source: a pattern changed or added later is checked too. */
const patterns = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) => [...readFileSync(join('src', file), 'utf8').matchAll(/propertyRegExp\(\/(.+)\/([a-z]*)\);$/gm)])
  .map(([, source, flags]) => new RegExp(source!, flags));

const run = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return re.global ? text.replace(re, '<>') : JSON.stringify(re.exec(text));
};

describe('RegExps with property classes, for text of ASCII and general punctuation', () => {
  it.each(['L', 'Lu', 'Ll', 'N', 'M'])('the twin of \\p{%s} agrees with it on every unit of the range', (name) => {
    const unicode = new RegExp(`^\\p{${name}}$`, 'u');
    const inClass = new RegExp(`^[^\\p{${name}}]$`, 'u');
    const twin = new RegExp(plainRangeSource(unicode.source));
    const twinInClass = new RegExp(plainRangeSource(inClass.source));
    for (const unit of plainUnits) {
      expect([twin.test(unit), twinInClass.test(unit)], `U+${unit.charCodeAt(0).toString(16)}`).toEqual([unicode.test(unit), inClass.test(unit)]);
    }
  });

  it('gives what the Unicode pattern gives on any text of the range, for every pattern the code wraps', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(13);
    const text = fc.array(fc.constantFrom(...plainUnits, 'Putin', 'Kyiv, ', 'MOSCOW (AP) — ', 'in Olympia, ', 'Ms. '), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const pattern of patterns) expect(run(propertyRegExp(pattern).of(t), t)).toBe(run(pattern, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('uses a twin without the Unicode classes for such text, and the pattern itself for any other', () => {
    const pattern = propertyRegExp(/[\p{L}\p{N}]$/u);
    expect(pattern.of('Putin’s “plan” —').unicode).toBe(false);
    expect(pattern.of('Putin’s “plan” —').source).toBe('[A-Za-z0-9]$');
    for (const text of ['Kyïv', 'Київ', 'e\u0301', '½', 'ª', '\u2070', '\ud83d\ude00']) expect(pattern.of(text).unicode, text).toBe(true);
  });

  it('refuses what it has no twin for', () => {
    expect(() => propertyRegExp(new RegExp('\\p{L}'))).toThrow(/u flag/);
    expect(() => propertyRegExp(/\p{L}/iu)).toThrow(/u flag and not i/);
    expect(() => plainRangeSource('\\p{Script=Cyrillic}')).toThrow(/no plain-range form/);
    expect(() => plainRangeSource('[\\P{L}]')).toThrow(/\\P is not supported/);
    expect(() => plainRangeSource('\\u{1F600}')).toThrow(/\\u\{...\} is not supported/);
  });
});
