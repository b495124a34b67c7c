// Names in the languages of the news. Each language declares once, per name pattern, the endings it
// gives a name's stem (seeds/inflections.json: "Putin" -> Putina, Putinowi, Putinem in Polish); an alias
// names its pattern. This is 10ten's deinflection turned round: a few endings per pattern, no list of forms.

export const languages = ['en', 'de', 'fr', 'es', 'it', 'pl', 'uk', 'ru'] as const;
export type Language = (typeof languages)[number];

export interface InflectionPattern {
  /** What the pattern is for, with examples. */
  about: string;
  /** What the dictionary form loses before the endings are added ("а" of "Москва"). */
  strip: string;
  /** Every ending the stem takes; "" where the stem alone is a form. */
  endings: string[];
}

/** By language (one of `languages`), the name patterns it declines, by name. */
export type InflectionTables = Record<string, Record<string, InflectionPattern>>;

/** Languages whose patterns are tried on any text in their script that is not tagged as the other's. */
const cyrillic: ReadonlySet<string> = new Set<Language>(['ru', 'uk']);

/**
 * Whether a pattern of `language` may be tried on text in `textLanguage` (the primary subtag of its `lang`,
 * '' if none): Latin-script endings only on text tagged with their language, so no Polish ending is tried on
 * English; Cyrillic ones on any Cyrillic text that is not tagged as the other Cyrillic language.
 */
export function inflectsIn(language: string, textLanguage: string): boolean {
  return textLanguage === language || (cyrillic.has(language) && !cyrillic.has(textLanguage));
}

/** The primary language subtag of a `lang` attribute, lower case: "de-AT" -> "de". */
export function primaryLanguage(lang: string): string {
  const dash = lang.indexOf('-');
  return (dash < 0 ? lang : lang.slice(0, dash)).trim().toLowerCase();
}

/** The stem the endings attach to: the alias's own, or its text without the pattern's `strip`; undefined if the text does not end in it. */
export function stemOf(alias: { text: string; stem?: string }, pattern: InflectionPattern): string | undefined {
  if (alias.stem !== undefined) return alias.stem;
  return alias.text.endsWith(pattern.strip) ? alias.text.slice(0, alias.text.length - pattern.strip.length) : undefined;
}

/** Every form of the alias other than its text: the stem with each ending. */
export function inflectedForms(alias: { text: string; stem?: string }, pattern: InflectionPattern): string[] {
  const stem = stemOf(alias, pattern);
  if (stem === undefined) return [];
  return [...new Set(pattern.endings.map((ending) => stem + ending))].filter((form) => form !== alias.text);
}

/** The pattern `name` of `language`, if the tables declare it. */
export function patternOf(tables: InflectionTables, language: string, name: string): InflectionPattern | undefined {
  return tables[language]?.[name];
}
