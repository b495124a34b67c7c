// What the context menu's "look up" opens for the selected text: the brief when the selection is one
// name by the matcher's rules (case, whole words, possessives), else the search with the text filled in.
import type { AliasIndex } from '../shared/alias-index.ts';
import { compileMatcher, findMentions, type Matcher } from '../matcher/index.ts';

export type LookUp = { brief: string } | { search: string };

/** The longest selection worth searching for; the menu is for a name or a phrase. */
const maxQueryLength = 100;

// Quotes, brackets and punctuation a selection picks up at its edges ("“Putin”," or "(NATO)").
const edges = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const possessive = /^['’]s?$/;

export function lookUp(matcher: Matcher, index: AliasIndex, selection: string): LookUp {
  const text = selection.replace(/\s+/g, ' ').replace(edges, '').slice(0, maxQueryLength);
  const mentions = findMentions(matcher, text);
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  if (only && only.start === 0 && (only.end === text.length || possessive.test(text.slice(only.end)))) {
    return { brief: index.entities[only.entity]![0] };
  }
  return { search: text };
}

/** The popup route a look-up opens: the views' `#/brief/ID` and `#/briefs?q=TEXT`. */
export function lookUpRoute(target: LookUp): string {
  if ('brief' in target) return `popup.html#/brief/${encodeURIComponent(target.brief)}`;
  return target.search === '' ? 'popup.html#/briefs' : `popup.html#/briefs?q=${encodeURIComponent(target.search)}`;
}

let compiled: Matcher | undefined;
/** The matcher, compiled on the first look-up: most background wake-ups never need it. */
export const matcherFor = (index: AliasIndex): Matcher => (compiled ??= compileMatcher(index));
