// Other senses of a name, told by the words around it (the lists are seeds/name-contexts.json):
// "Washington County", "Tour de France", "Trump Organization" (a longer name); "Moscow, Idaho" (another
// town); "State of Washington", "Olympia, Washington" (the US state); "CONTACT US" (the pronoun).
import type { NameContexts } from '../shared/alias-index.ts';
import type { BlockText } from './block-text.ts';
import type { CompiledAlias, Matcher } from './load.ts';
import { plainForm } from './normalise.ts';
import { propertyRegExp } from './property-classes.ts';

/** Each list as a set of its entries and their ALL CAPS forms, punctuation at the edges dropped ("Gov." is "Gov"). */
export type Contexts = Record<keyof NameContexts, Set<string>>;

/** Enough text on either side for the longest context: two words before, "New Hampshire" after. */
const WINDOW = 40;
const edgePunctuationRe = propertyRegExp(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu);
const wordsAfterRe = propertyRegExp(/^ ([\p{L}\p{N}\p{M}.'&-]+)/u);
const stateAfterRe = propertyRegExp(/^, ?([\p{L}.]+)(?: ([\p{L}.]+))?/u);
/** After the state in "Moscow, Idaho" or "Olympia, Washington": nothing, punctuation, a dateline's "(AP)", "-based". */
const stateEndRe = /^(?:$| ?[,.;:()!?\]\u2013\u2014]|-)/u;
const trailingPunctuationRe = propertyRegExp(/[^\p{L}\p{N}.]$/u);
const pronounEndRe = propertyRegExp(/^(?:$| ?[^\p{L}\p{N}\s])/u);
/**
 * "Olympia, " or "in Spokane, " before the state: one capitalised word, after a lower-case word,
 * punctuation or nothing; not "BBC News, " (a byline's place is the city).
 */
const cityBeforeRe = propertyRegExp(/(?:^|[^\p{L}\p{N}\s]\s?|(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*\s)\p{Lu}[\p{L}\p{M}'-]*, ?$/u);

const key = (word: string) => word.replace(edgePunctuationRe.of(word), '');

/** What the tables hold of a list's entries (MatcherTables.contexts): each one's key and its ALL CAPS key. */
export const contextKeys = (entries: readonly string[]): string[] => [...new Set(entries.flatMap((entry) => [key(entry), key(entry.toUpperCase())]))];

export function contextsOf(m: Matcher): Contexts {
  if (m.contexts) return m.contexts;
  const sets = {} as Contexts;
  for (const [list, keys] of Object.entries(m.tables.contexts) as [keyof NameContexts, string][]) sets[list] = new Set(keys === '' ? [] : keys.split('\n'));
  return (m.contexts = sets);
}

/** The plain text of up to WINDOW units before `start` and after `end`, whitespace runs as one space. */
function around(text: BlockText, start: number, end: number): { before: string; after: string } {
  return { before: plainForm(text.slice(Math.max(0, start - WINDOW), start)), after: plainForm(text.slice(end, end + WINDOW)) };
}

/**
 * The last one and two words of `before` if it ends with a space ("Tour de "), else none; none
 * either when punctuation other than a full stop ends the last word: "WATCH: US troops".
 */
function lastWords(before: string): string[] {
  if (!before.endsWith(' ')) return [];
  const words = before.trimEnd().split(' ');
  const raw = words[words.length - 1] ?? '';
  if (trailingPunctuationRe.of(raw).test(raw)) return [];
  const last = key(raw);
  const two = words.length > 1 ? `${key(words[words.length - 2]!)} ${last}` : '';
  return two ? [last, two] : [last];
}

/** "CONTACT US", "FOLLOW US ON": the verb right before, in capitals, and the phrase ends there. */
function isPronoun(c: Contexts, previous: string[], after: string): boolean {
  const verb = previous[0];
  if (verb === undefined || verb !== verb.toUpperCase() || !c.pronounVerbs.has(verb)) return false;
  return pronounEndRe.of(after).test(after) || c.pronounEnds.has(nextWord(after));
}

function nextWord(after: string): string {
  const match = wordsAfterRe.of(after).exec(after);
  return match ? key(match[1]!) : '';
}

/** "Moscow, Idaho", "Dublin, Calif.", "Dublin, New Hampshire." but not "Moscow, Georgia and Ukraine". */
function followedByState(after: string, states: Set<string>): boolean {
  const match = stateAfterRe.of(after).exec(after);
  if (!match) return false;
  const [whole, first, second] = match as unknown as [string, string, string | undefined];
  if (second !== undefined && states.has(`${key(first)} ${key(second)}`)) return endsPhrase(second, after.slice(whole.length));
  return states.has(key(first)) && endsPhrase(first, after.slice(whole.indexOf(first) + first.length));
}

/** A full stop ends "Calif." or the sentence; else what follows the state must end the phrase. */
const endsPhrase = (state: string, rest: string) => state.endsWith('.') || stateEndRe.test(rest);

/**
 * Whether the name at [start, end) is another sense of the alias: the person or place it names
 * is not ours. `placeEndBefore` is where the block's last place mention ended: "Kyiv, Washington"
 * is a list of places, not a town and its state.
 */
export function isAnotherSense(m: Matcher, text: BlockText, start: number, end: number, alias: CompiledAlias, placeEndBefore: number): boolean {
  if (!alias.place && !alias.person) return false;
  const c = contextsOf(m);
  const { before, after } = around(text, start, end);
  const previous = lastWords(before);
  if (c.pronouns.has(alias.asWritten) && isPronoun(c, previous, after)) return true;
  if (c.longerNameAfter.has(nextWord(after)) || previous.some((words) => c.longerNameBefore.has(words))) return true;
  if (!alias.place) return false;
  if (followedByState(after, c.usStates)) return true;
  if (!alias.usState) return false;
  if (c.stateAfter.has(nextWord(after)) || previous.some((words) => c.stateBefore.has(words))) return true;
  // ", " at most, with spaces, lies between a place of ours and this name in a list.
  return cityBeforeRe.of(before).test(before) && placeEndBefore < start - 4 && endsPhrase('', after);
}
