// The checks a candidate from the automaton must pass, against the raw text.
import { AliasFlag } from '../shared/alias-index.ts';
import type { BlockText } from './block-text.ts';
import type { CompiledAlias } from './load.ts';
import { isInvisible, isWordCodePoint, plainForm, stripMarks } from './normalise.ts';

/** Where the code point ending right before `i` starts, skipping invisible units; -1 if none. */
export function before(text: BlockText, i: number): number {
  let j = i - 1;
  while (j >= 0 && isInvisible(text.charCodeAt(j))) j--;
  const unit = text.charCodeAt(j);
  if (j > 0 && unit >= 0xdc00 && unit <= 0xdfff) {
    const high = text.charCodeAt(j - 1);
    if (high >= 0xd800 && high <= 0xdbff) j--;
  }
  return j;
}

/** Where the first visible unit at or after `i` is; -1 if none. */
export function after(text: BlockText, i: number): number {
  let j = i;
  while (j < text.length && isInvisible(text.charCodeAt(j))) j++;
  return j < text.length ? j : -1;
}

export function isWordAt(text: BlockText, j: number): boolean {
  return j >= 0 && isWordCodePoint(text.codePointAt(j)!);
}

// Whole words: no letter, digit or mark touches either end, so "Putin" is not in
// "Putinism" while "Putin's" is fine. The end is checked first: it needs no start.
export function endsWord(text: BlockText, end: number, alias: CompiledAlias): boolean {
  return !alias.wordEnd || !isWordAt(text, after(text, end));
}

export function startsWord(text: BlockText, start: number, alias: CompiledAlias): boolean {
  return !alias.wordStart || !isWordAt(text, before(text, start));
}

/**
 * As written or in ALL CAPS, typographic variants aside: "Trump", "TRUMP", never "trump". An alias
 * written in lower case at its start may start a sentence or a block with a capital ("International observers").
 */
export function hasAliasCase(text: BlockText, start: number, end: number, alias: CompiledAlias): boolean {
  const { asWritten, allCaps, capitalised } = alias;
  const length = end - start;
  if (length === asWritten.length && text.startsWith(asWritten, start)) return true;
  if (length === allCaps.length && text.startsWith(allCaps, start)) return true;
  let form = plainForm(text.slice(start, end));
  if ((alias.flags & AliasFlag.FoldDiacritics) !== 0) form = stripMarks(form);
  return form === asWritten || form === allCaps || (form === capitalised && startsSentence(text, start));
}

/** Opening quotes and brackets may come between a sentence's end and its first word. */
const openingRe = /[\s"'(\[\u00ab\u2018\u201c\u201e\u2039]/u;
/** Where a sentence ends: its full stop, ! or ?, an ellipsis, a colon; U+FFFC between blocks. */
const sentenceEndRe = /[.!?:\u2026\ufffc]/u;

function startsSentence(text: BlockText, start: number): boolean {
  let j = before(text, start);
  while (j >= 0 && openingRe.test(String.fromCharCode(text.charCodeAt(j)))) j = before(text, j);
  return j < 0 || sentenceEndRe.test(String.fromCharCode(text.charCodeAt(j)));
}
