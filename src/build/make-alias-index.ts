import { AliasFlag, type AliasIndex, type NameContexts } from '../shared/alias-index.ts';
import { patternOf, stemOf, type InflectionTables } from '../shared/inflection.ts';
import type { SeedAlias, SeedEntity } from './seed-schema.ts';

export interface AliasLists {
  givenNames: string[];
  notMentions: string[];
  contexts?: NameContexts;
  inflections?: InflectionTables;
}

/** Entities sorted by id; an alias two entities claim goes to the one that wins it; phrases that are never mentions last. */
export function makeAliasIndex(entities: SeedEntity[], { givenNames, notMentions, contexts, inflections = {} }: AliasLists): AliasIndex {
  const losers = new Set<string>();
  for (const e of entities) {
    for (const alias of e.aliases) {
      if (typeof alias !== 'string') alias.winsOver?.forEach((id) => losers.add(`${id}\u0000${alias.text}`));
    }
  }
  const patterns = new InflectionPatterns(inflections);
  const aliases: AliasIndex['aliases'] = [];
  const positions = new Map(entities.map((e, position) => [e.id, position]));
  entities.forEach((e, position) => {
    const plainTexts = new Set<string>();
    for (const alias of e.aliases) {
      const { text, onlyWith, inflection } = typeof alias === 'string' ? { text: alias, onlyWith: undefined, inflection: undefined } : { ...alias, inflection: patterns.of(alias) };
      if (losers.has(`${e.id}\u0000${text}`)) continue;
      const surname = e.kind === 'person' && !/\s/.test(text) ? AliasFlag.Surname : 0;
      const flags = surname | (e.foldDiacritics ? AliasFlag.FoldDiacritics : 0);
      const companions = onlyWith?.map((id) => positions.get(id)!) ?? [];
      // A text is matched as written once, whatever languages list it; each declining one adds its stem.
      if (!plainTexts.has(text)) aliases.push(companions.length > 0 ? [text, position, flags, companions] : [text, position, flags]);
      plainTexts.add(text);
      if (inflection) aliases.push([text, position, flags, companions, inflection]);
    }
  });
  for (const phrase of notMentions) aliases.push([phrase, 0, AliasFlag.NotAMention]);
  return {
    entities: entities.map((e) => [e.id, e.kind, e.prominence]),
    aliases,
    givenNames,
    ...(contexts && { contexts }),
    ...(patterns.list.length > 0 && { inflections: patterns.list }),
  };
}

/** The patterns aliases use, numbered in the order first used. */
class InflectionPatterns {
  readonly list: NonNullable<AliasIndex['inflections']> = [];
  private readonly numbers = new Map<string, number>();

  constructor(private readonly tables: InflectionTables) {}

  of(alias: Exclude<SeedAlias, string>): [stem: string, pattern: number] | undefined {
    if (alias.inflect === undefined) return undefined;
    const pattern = patternOf(this.tables, alias.lang, alias.inflect);
    // check-inflections.ts reports both.
    const stem = pattern && stemOf(alias, pattern);
    if (stem === undefined) return undefined;
    const key = `${alias.lang}\u0000${alias.inflect}`;
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.list.push([alias.lang, pattern!.endings]) - 1;
      this.numbers.set(key, number);
    }
    return [stem, number];
  }
}
