// The popup's search over every brief: names, aliases, native names, then summaries and facts.
import type { Brief } from '../shared/briefs.ts';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function searchBriefs(briefs: Brief[], query: string): Brief[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return briefs;
  const scored = briefs.flatMap((brief) => {
    const names = fold([brief.name, ...brief.aliases, ...brief.nativeNames.map((n) => n.text)].join(' \u0000 '));
    const text = fold([brief.summary, ...brief.facts].join(' '));
    if (!words.every((word) => names.includes(word) || text.includes(word))) return [];
    const score = words.every((word) => names.includes(word)) ? (fold(brief.name).startsWith(words[0]!) ? 0 : 1) : 2;
    return [{ brief, score }];
  });
  return scored.sort((a, b) => a.score - b.score || a.brief.name.localeCompare(b.brief.name)).map((s) => s.brief);
}
