// The surname rule: "Melania Trump" and "Ms. Trump" are not mentions of Donald Trump; "Donald Trump"
// and "President Trump" are. In a numbered list glued to its numbers, "4Maria Putin" is Maria's.
import { AliasFlag } from '../shared/alias-index.ts';
import type { BlockText } from './block-text.ts';
import { contextsOf } from './contexts.ts';
import { aliasOf, type Matcher } from './load.ts';
import { isSpace, nameKey } from './normalise.ts';
import { patternsOf } from './pattern-entities.ts';
import { propertyRegExp } from './property-classes.ts';
import { before, isWordAt } from './rules.ts';

const nonWordRe = propertyRegExp(/[^\p{L}\p{N}\p{M}]+/u);

export interface GivenNames {
  names: Set<string>;
  /** Titles of someone else, as name keys: "ms", "mrs". */
  titles: Set<string>;
  /** Longer words are no given name: skips most of the work for "President Trump". */
  longest: number;
  /** Entity position -> its own given names that are in `names`, made when first needed. */
  own: Map<number, Set<string>>;
}

/** `keys`: the tables' given names, already name keys. */
function createGivenNames(keys: string, otherTitles: Set<string>): GivenNames {
  const list = keys === '' ? [] : keys.split('\n');
  const names = new Set(list);
  const titles = new Set([...otherTitles].map(nameKey));
  // A title may stand without its full stop ("Ms Trump"), like a given name.
  for (const title of titles) names.add(title);
  return { names, titles, longest: Math.max(0, ...[...list, ...titles].map((name) => name.length)), own: new Map() };
}

/** A Surname alias right after a given name or a title (otherTitles) that is not one of the entity's own. */
export function isSomeoneElsesSurname(m: Matcher, text: BlockText, start: number, pattern: number): boolean {
  const { entity, flags } = aliasOf(m, pattern);
  if ((flags & AliasFlag.Surname) === 0) return false;
  const given = (m.givenNames ??= createGivenNames(m.tables.givenNames, contextsOf(m).otherTitles));
  if (given.longest === 0) return false;
  const found = wordBeforeSpace(text, start, given.longest);
  if (found === null) return false;
  const key = nameKey(found.word);
  // "Maria. Putin said" ends a sentence with a name; "Ms. Trump" is a title.
  if (!(found.fullStop ? given.titles : given.names).has(key)) return false;
  let own = given.own.get(entity);
  if (own === undefined) given.own.set(entity, (own = ownGivenNames(m, entity)));
  return !own.has(key);
}

/**
 * The word separated from `start` by whitespace only, or by a full stop and whitespace; null if
 * none or longer than `longest`. Digits end it: a list glued to its numbers reads "4Maria".
 */
function wordBeforeSpace(text: BlockText, start: number, longest: number): { word: string; fullStop: boolean } | null {
  let i = start;
  for (let j = before(text, i); j >= 0 && isSpace(text.charCodeAt(j)); j = before(text, i)) i = j;
  if (i === start) return null;
  const fullStop = text.charCodeAt(before(text, i)) === 0x2e;
  if (fullStop) i = before(text, i);
  const end = i;
  for (let j = before(text, i); isWordAt(text, j) && !isDigit(text.charCodeAt(j)); j = before(text, i)) {
    // Twice the longest name leaves room for invisible characters inside it.
    if (end - j > longest * 2) return null;
    i = j;
  }
  return i < end ? { word: text.slice(i, end), fullStop } : null;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Every word but the last of the entity's multi-word aliases, if a given name or title: "Donald"
 * from "Donald Trump", "Frédéric" from "Emmanuel Jean-Michel Frédéric Macron", "Ms" from "Ms. Harris".
 */
function ownGivenNames(m: Matcher, entity: number): Set<string> {
  const own = new Set<string>();
  for (const pattern of patternsOf(m, entity)) {
    const words = aliasOf(m, pattern).asWritten.split(' ');
    for (let i = 0; i < words.length - 1; i++) {
      for (const part of words[i]!.split(nonWordRe.of(words[i]!))) {
        const key = nameKey(part);
        if (m.givenNames!.names.has(key)) own.add(key);
      }
    }
  }
  return own;
}
