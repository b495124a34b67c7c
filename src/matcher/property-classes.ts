// RegExps with Unicode property classes (\p{L}), quick to compile for the text most rules read. Cold, on a
// page's first use, Chromium 156 took 1.1 to 3.7 ms to compile each of them (the class is hundreds of
// ranges), and the rules read half a dozen for a page's first names. Text of ASCII and general punctuation
// only ("Putin’s “plan” — ...") holds no letter, digit or mark beyond ASCII: there a twin with the classes
// written out for ASCII gives the same answers, and compiles in a tenth of the time.

/** Outside the range the twins are made for: ASCII, NBSP and General Punctuation (U+2000-U+206F). */
const beyondPlainRange = /[^\x00-\x7f\u00a0\u2000-\u206f]/;

/** Each property the rules use, as it is in the plain range: letters and digits are ASCII's, marks there are none. */
const plainClasses: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };

/** The source with each `\p{...}` written out for the plain range, in a class or as one. */
export function plainRangeSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && source[i + 1] === 'p' && source[i + 2] === '{') {
      const end = source.indexOf('}', i);
      const name = source.slice(i + 3, end);
      const ranges = plainClasses[name];
      if (ranges === undefined) throw new Error(`property-classes: no plain-range form of \\p{${name}} in /${source}/`);
      out += inClass ? ranges : `[${ranges}]`;
      i = end;
    } else if (c === '\\') {
      if (source[i + 1] === 'P') throw new Error(`property-classes: \\P is not supported in /${source}/`);
      // Without the u flag, \u{...} reads as "u" repeated.
      if (source[i + 1] === 'u' && source[i + 2] === '{') throw new Error(`property-classes: \\u{...} is not supported in /${source}/`);
      out += c + source[++i]!;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/** A property-class RegExp as two, compiled when first used: `of(text)` is the one to run on `text`. */
export interface PropertyRegExp {
  of(text: string): RegExp;
}

export function propertyRegExp(pattern: RegExp): PropertyRegExp {
  if (pattern.ignoreCase || !pattern.unicode) throw new Error(`property-classes: /${pattern.source}/ must have the u flag and not i`);
  let plain: RegExp | undefined;
  return {
    of: (text) => (beyondPlainRange.test(text) ? pattern : (plain ??= new RegExp(plainRangeSource(pattern.source), pattern.flags.replace('u', '')))),
  };
}
