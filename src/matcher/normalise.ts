// Character classes and folding. The automaton folds one UTF-16 unit at a time (foldCode);
// the rules compare whole candidates (plainForm, stripMarks).
import { propertyRegExp } from './property-classes.ts';

/** U+FFFC: the caller puts it between blocks; it is never part of a mention. */
const OBJECT_REPLACEMENT = 0xfffc;

const APOSTROPHES = new Set([0x2018, 0x2019, 0x02bc]);
const HYPHENS = new Set([0x2010, 0x2011]);

const spaceRe = /\s/;
const markRe = propertyRegExp(/\p{M}/u);
// The connector "_" joins words in identifiers and handles ("UN_willing", "us_politics"): not prose.
const wordRe = propertyRegExp(/[\p{L}\p{N}\p{M}_]/u);
const marksRe = propertyRegExp(/\p{M}+/gu);

/** Soft hyphens and zero-width characters: skipped everywhere, as if absent. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Whitespace, including NBSP and line breaks; never U+FEFF, which is invisible. */
export function isSpace(code: number): boolean {
  return foldCode(code) === 0x20;
}

// The caches are made on first use: most pages never need them.
/** BMP code point -> 1 letter, digit or mark, 2 not, 0 not looked up yet. */
let wordCache: Uint8Array | undefined;

/** A Unicode letter, digit or mark, or "_", by code point. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    wordCache ??= new Uint8Array(0x10000);
    const cached = wordCache[cp]!;
    if (cached !== 0) return cached === 1;
  }
  // U+02BC is a letter (Lm) to Unicode, but in news text it is an apostrophe: "Putinʼs".
  const unit = String.fromCodePoint(cp);
  const word = !APOSTROPHES.has(cp) && wordRe.of(unit).test(unit);
  if (cp < 0x10000) wordCache![cp] = word ? 1 : 2;
  return word;
}

/** foldCode results that are not a folded unit. */
export const NEVER = -1;
export const IGNORED = -2;
/** UTF-16 unit -> foldCode + 3, 0 not looked up yet. */
let foldCache: Int32Array | undefined;

/**
 * What the automaton sees for one UTF-16 unit: NEVER matches (U+FFFC), IGNORED is passed
 * over, anything else is one folded unit (0x20 for any whitespace), case and diacritics gone.
 * Folding may be coarser than the rules: they verify every candidate against the raw text.
 */
export function foldCode(code: number): number {
  foldCache ??= new Int32Array(0x10000);
  const cached = foldCache[code]!;
  if (cached !== 0) return cached - 3;
  const folded = computeFold(code);
  foldCache[code] = folded + 3;
  return folded;
}

function computeFold(code: number): number {
  // ASCII has no marks or diacritics: no Unicode class to compile for it.
  if (code < 0x80) return spaceRe.test(String.fromCharCode(code)) ? 0x20 : String.fromCharCode(code).toLowerCase().charCodeAt(0);
  if (code === OBJECT_REPLACEMENT) return NEVER;
  if (isInvisible(code)) return IGNORED;
  if (APOSTROPHES.has(code)) return 0x27;
  if (HYPHENS.has(code)) return 0x2d;
  const ch = String.fromCharCode(code);
  if (spaceRe.test(ch)) return 0x20;
  if (markRe.of(ch).test(ch)) return IGNORED;
  // Lower-casing the upper case folds the odd ones too: ς and σ, ı and i, ſ and s.
  const upper = ch.toUpperCase();
  const lower = (upper.length === 1 ? upper : ch).toLowerCase();
  const decomposed = lower.normalize('NFD');
  // Only strip what is really a diacritic: Hangul syllables decompose into letters.
  const base = decomposed.charAt(0);
  if (decomposed.length > 1 && !markRe.of(base).test(base) && decomposed.slice(1).replace(marksRe.of(decomposed), '') === '') {
    return base.charCodeAt(0);
  }
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * What plainForm changes: invisible characters, whitespace but a lone space, typographic apostrophes and hyphens.
 * (Exactly the units whose foldCode is 0x20 are `\s` less U+FEFF, which is invisible: checked over the BMP in a test.)
 */
const notPlainRe = /[^\S ]| {2}|[\u00ad\u200b-\u200d\u2060\ufeff\u2018\u2019\u02bc\u2010\u2011]/;
const asciiRe = /^[\x00-\x7f]*$/;

/** Typographic variants made plain, as the rules compare: one space per run, straight apostrophes, NFC. */
export function plainForm(text: string): string {
  // The rules read forty units around every candidate: most are plain already.
  if (!notPlainRe.test(text)) return asciiRe.test(text) ? text : text.normalize('NFC');
  let out = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInvisible(code)) continue;
    if (foldCode(code) === 0x20) {
      if (!inSpace) out += ' ';
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (APOSTROPHES.has(code)) out += "'";
    else if (HYPHENS.has(code)) out += '-';
    else out += text.charAt(i);
  }
  return out.normalize('NFC');
}

/** Without diacritics: "Kyïv" -> "Kyiv". */
export function stripMarks(text: string): string {
  const decomposed = text.normalize('NFD');
  return decomposed.replace(marksRe.of(decomposed), '').normalize('NFC');
}

const invisiblesRe = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Lower case without diacritics or invisible characters: how given names are compared. */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  return asciiRe.test(lower) ? lower : stripMarks(lower.replace(invisiblesRe, ''));
}
