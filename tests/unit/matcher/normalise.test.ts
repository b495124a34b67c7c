import { describe, expect, it } from 'vitest';
import { foldCode, IGNORED, isWordCodePoint, NEVER, plainForm, stripMarks } from '../../../src/matcher/normalise.ts';

const fold = (ch: string) => foldCode(ch.charCodeAt(0));

describe('foldCode', () => {
  it('folds case and diacritics to one unit', () => {
    expect(String.fromCharCode(fold('A'), fold('É'), fold('ï'), fold('Ж'), fold('Ї'))).toBe('aeiжі');
  });

  it('folds the odd case pairs together', () => {
    expect(fold('ς')).toBe(fold('Σ'));
    expect(fold('ı')).toBe(fold('I'));
    expect(fold('İ')).toBe(fold('i'));
  });

  it('keeps letters that only look decomposable', () => {
    expect(fold('한')).toBe('한'.charCodeAt(0));
    expect(fold('ß')).toBe('ß'.charCodeAt(0));
  });

  it('maps typographic variants to their plain forms', () => {
    for (const ch of ['\u2019', '\u2018', '\u02bc']) expect(fold(ch)).toBe(0x27);
    for (const ch of ['\u2010', '\u2011']) expect(fold(ch)).toBe(0x2d);
    for (const ch of [' ', '\u00a0', '\u202f', '\n', '\t', '\u2028']) expect(fold(ch)).toBe(0x20);
  });

  it('skips invisible characters and combining marks, and never matches U+FFFC', () => {
    for (const ch of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u0301']) expect(fold(ch)).toBe(IGNORED);
    expect(fold('\ufffc')).toBe(NEVER);
  });
});

describe('plainForm', () => {
  it('makes typographic variants plain and composes accents', () => {
    expect(plainForm('Kup’yans‘k\u00a0 \n28\u2011point Pu\u00adtin E\u0301ire')).toBe("Kup'yans'k 28-point Putin Éire");
  });

  it('returns plain ASCII as it is', () => {
    expect(plainForm("Putin's 28-point plan")).toBe("Putin's 28-point plan");
  });
});

describe('character classes', () => {
  it('strips diacritics', () => {
    expect(stripMarks('Kyïv Éire Київ')).toBe('Kyiv Eire \u041a\u0438\u0456\u0432');
  });

  it('counts letters, digits, marks and the connector "_" as word characters, apostrophes not', () => {
    for (const ch of ['a', 'Z', '7', 'é', 'Ж', '\u0301', '٣', '_']) expect(isWordCodePoint(ch.codePointAt(0)!)).toBe(true);
    for (const ch of ["'", '\u2019', '\u02bc', '-', ' ', '\ufffc']) expect(isWordCodePoint(ch.codePointAt(0)!)).toBe(false);
    expect(isWordCodePoint('𝒜'.codePointAt(0)!)).toBe(true);
  });
});
