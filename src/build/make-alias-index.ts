import { AliasFlag, type AliasIndex, type NameContexts } from '../shared/alias-index.ts';
import type { SeedEntity } from './seed-schema.ts';

/** Entities sorted by id; an alias two entities claim goes to the one that wins it; phrases that are never mentions last. */
export function makeAliasIndex(entities: SeedEntity[], givenNames: string[], notMentions: string[], contexts?: NameContexts): AliasIndex {
  const losers = new Set<string>();
  for (const e of entities) {
    for (const alias of e.aliases) {
      if (typeof alias !== 'string') alias.winsOver?.forEach((id) => losers.add(`${id}\u0000${alias.text}`));
    }
  }
  const aliases: AliasIndex['aliases'] = [];
  const positions = new Map(entities.map((e, position) => [e.id, position]));
  entities.forEach((e, position) => {
    const companions = new Map(e.aliases.flatMap((a) => (typeof a !== 'string' && a.onlyWith ? [[a.text, a.onlyWith.map((id) => positions.get(id)!)] as const] : [])));
    const texts = [...e.aliases.map((a) => (typeof a === 'string' ? a : a.text)), ...e.nativeNames.map((n) => n.text)];
    for (const text of new Set(texts)) {
      if (losers.has(`${e.id}\u0000${text}`)) continue;
      const surname = e.kind === 'person' && !/\s/.test(text) ? AliasFlag.Surname : 0;
      const flags = surname | (e.foldDiacritics ? AliasFlag.FoldDiacritics : 0);
      aliases.push(companions.has(text) ? [text, position, flags, companions.get(text)!] : [text, position, flags]);
    }
  });
  for (const phrase of notMentions) aliases.push([phrase, 0, AliasFlag.NotAMention]);
  return { entities: entities.map((e) => [e.id, e.kind, e.prominence]), aliases, givenNames, ...(contexts && { contexts }) };
}
