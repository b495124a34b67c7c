import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCode, IGNORED, isInvisible, isWordCodePoint, NEVER, plainForm, stripMarks } from '../../../src/matcher/normalise.ts';

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

  it('reads as a space exactly what `\\s` matches but the invisible U+FEFF, over the whole BMP', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const space = /\s/.test(String.fromCharCode(code)) && !isInvisible(code);
      if ((foldCode(code) === 0x20 && !isInvisible(code)) !== space) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('gives what its definition says on any mix of plain and typographic text', () => {
    const definition = (text: string) =>
      [...text].filter((ch) => !isInvisible(ch.charCodeAt(0))).join('')
        .replace(/\s+/g, ' ').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-').normalize('NFC');
    const piece = fc.constantFrom('Putin', ' ', '  ', '\u00a0', '\n', '\u00ad', '\ufeff', '\u200b', '\u2019', '\u02bc', '\u2011', '-', 'E\u0301', 'É', 'Київ', '“', '—', "'s");
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      expect(plainForm(text)).toBe(definition(text));
    }), { numRuns: 3000 });
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
