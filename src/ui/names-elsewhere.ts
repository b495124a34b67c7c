import type { Brief } from '../shared/briefs.ts';

/**
 * A brief's names in other languages that its page does not show already (as its name, an English alias or a
 * native name in another language), each once with every language that writes it so: "Ukraina" (pl, sv) once.
 */
export function namesElsewhere(brief: Pick<Brief, 'name' | 'aliases' | 'nativeNames' | 'localNames'>): { text: string; langs: string[] }[] {
  const shown = new Set([brief.name, ...brief.aliases, ...brief.nativeNames.map(([, text]) => text)]);
  const byText = new Map<string, string[]>();
  for (const [lang, text] of brief.localNames) {
    if (shown.has(text)) continue;
    const langs = byText.get(text) ?? [];
    if (!langs.includes(lang)) langs.push(lang);
    byText.set(text, langs);
  }
  return [...byText].map(([text, langs]) => ({ text, langs }));
}
