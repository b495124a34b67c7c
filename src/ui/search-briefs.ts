// The popup's search over every brief: names first, then aliases and native names, then summaries and facts.
import type { Brief } from '../shared/briefs.ts';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function searchBriefs(briefs: Brief[], query: string): Brief[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return briefs;
  const scored = briefs.flatMap((brief) => {
    const names = fold([brief.name, ...brief.aliases, ...brief.nativeNames.map((n) => n.text)].join(' \u0000 '));
    const text = fold([brief.summary, ...brief.facts].join(' '));
    if (!words.every((word) => names.includes(word) || text.includes(word))) return [];
    const nameWords = fold(brief.name).split(/[^\p{L}\p{N}]+/u);
    const score = words.every((word) => nameWords.includes(word))
      ? 0
      : words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))
        ? 1
        : words.every((word) => names.includes(word))
          ? 2
          : 3;
    return [{ brief, score, length: nameWords.length }];
  });
  // Best match first; among equals, the shortest name (the person before the event named after them).
  return scored.sort((a, b) => a.score - b.score || a.length - b.length || a.brief.name.localeCompare(b.brief.name)).map((s) => s.brief);
}
