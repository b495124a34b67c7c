// The search over every brief: any name, alias, spelling or native script, a name in another language and the
// forms it declines into there, ignoring case and accents and forgiving a typo or two in names; then words of
// summaries and facts. Each hit says what matched, and in which language.
import type { Brief, LocalName } from '../shared/briefs.ts';
import { editDistance, typosAllowed } from './edit-distance.ts';

export type MatchField = 'name' | 'alias' | 'native name' | 'local name' | 'form' | 'summary' | 'fact';

export interface SearchHit {
  brief: Brief;
  field: MatchField;
  /** The alias, native name, form or sentence that matched, as written. */
  text: string;
  /** The language of a local name or form that matched. */
  lang?: string;
  /** Matched only by forgiving a typo. */
  typo: boolean;
}

export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface Field {
  field: MatchField;
  text: string;
  lang?: string;
  folded: string;
  words: string[];
}

const withForms = (field: 'native name' | 'local name') => ([lang, text, ...forms]: LocalName) => [[field, text, lang] as const, ...forms.map((form) => ['form', form, lang] as const)];

const fieldsOf = (brief: Brief): Field[] =>
  [
    ...[brief.name].map((text) => ['name', text] as const),
    ...brief.aliases.map((text) => ['alias', text] as const),
    ...brief.nativeNames.flatMap(withForms('native name')),
    ...brief.localNames.flatMap(withForms('local name')),
    ['summary', brief.summary] as const,
    ...brief.facts.map((text) => ['fact', text] as const),
  ].map(([field, text, lang]) => ({ field, text, ...(lang ? { lang } : {}), folded: fold(text), words: wordsOf(text) }));

const isName = (field: MatchField) => field !== 'summary' && field !== 'fact';
const nearWord = (word: string, candidates: string[]) =>
  typosAllowed(word.length) > 0 &&
  candidates.some((c) => editDistance(word, c, typosAllowed(word.length)) <= typosAllowed(word.length) || (c.length > word.length && editDistance(word, c.slice(0, word.length), 1) <= 1 && word.length >= 5));

/** How well one query word matches one field: lower is better, undefined is no match. */
function rank(word: string, field: Field): { score: number; typo: boolean } | undefined {
  const name = isName(field.field);
  const primary = field.field === 'name' ? 0 : 2;
  if (name && field.words.includes(word)) return { score: primary, typo: false };
  if (name && field.words.some((w) => w.startsWith(word))) return { score: primary + 1, typo: false };
  if (field.folded.includes(word)) return { score: name ? 4 : 6, typo: false };
  if (name && nearWord(word, field.words)) return { score: 5, typo: true };
  return undefined;
}

export function searchBriefs(briefs: Brief[], query: string): SearchHit[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const hits = briefs.flatMap((brief) => {
    const fields = fieldsOf(brief);
    let total = 0;
    let best: { score: number; typo: boolean; field: Field } | undefined;
    for (const word of words) {
      const found = fields.flatMap((field) => {
        const r = rank(word, field);
        return r ? [{ ...r, field }] : [];
      });
      if (found.length === 0) return [];
      // Among equals, the first field (the name before aliases), then the shortest text of it: "Selenskyj" says more than "Wolodymyr Selenskyj".
      const shorter = (a: (typeof found)[number], b: (typeof found)[number]) => b.field.field === a.field.field && b.field.text.length < a.field.text.length;
      const top = found.reduce((a, b) => (b.score < a.score || (b.score === a.score && shorter(a, b)) ? b : a));
      total += top.score;
      if (!best || top.score > best.score) best = top;
    }
    const { field, text, lang } = best!.field;
    return [{ hit: { brief, field, text, ...(lang ? { lang } : {}), typo: best!.typo }, total, length: wordsOf(brief.name).length }];
  });
  // Best match first; among equals, the shortest name (the person before the event named after them).
  return hits.sort((a, b) => a.total - b.total || a.length - b.length || a.hit.brief.name.localeCompare(b.hit.brief.name)).map((h) => h.hit);
}

/** For a search that found nothing: the name closest to what was typed, if any is near enough. */
export function suggestName(briefs: Brief[], query: string): Brief | undefined {
  const word = wordsOf(query).join('');
  if (word.length < 3) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 2.5));
  let best: { brief: Brief; distance: number } | undefined;
  for (const brief of briefs) {
    for (const name of [brief.name, ...brief.aliases, ...brief.localNames.map(([, text]) => text)].flatMap((n) => [wordsOf(n).join(''), ...wordsOf(n)])) {
      const distance = editDistance(word, name, limit);
      if (distance <= limit && (!best || distance < best.distance || (distance === best.distance && brief.name.length < best.brief.name.length))) best = { brief, distance };
    }
  }
  return best?.brief;
}
