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
  const position = new Map(entities.map((e, i) => [e.id, i]));
  const aliases: AliasIndex['aliases'] = [];
  entities.forEach((e, i) => {
    const forms = [...e.aliases.map((a) => (typeof a === 'string' ? { text: a } : a)), ...e.nativeNames];
    const seen = new Set<string>();
    for (const form of forms) {
      const { text } = form;
      if (seen.has(text) || losers.has(`${e.id}\u0000${text}`)) continue;
      seen.add(text);
      const surname = e.kind === 'person' && !/\s/.test(text) ? AliasFlag.Surname : 0;
      const flags = surname | (e.foldDiacritics ? AliasFlag.FoldDiacritics : 0);
      const companions = 'onlyWith' in form && form.onlyWith ? form.onlyWith.map((id) => position.get(id)!) : undefined;
      aliases.push(companions ? [text, i, flags, companions] : [text, i, flags]);
    }
  });
  for (const phrase of notMentions) aliases.push([phrase, 0, AliasFlag.NotAMention]);
  return { entities: entities.map((e) => [e.id, e.kind, e.prominence]), aliases, givenNames, ...(contexts ? { contexts } : {}) };
}
