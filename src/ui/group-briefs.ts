import { entityKinds, type EntityKind } from '../shared/alias-index.ts';

/** Items grouped by kind in the fixed order people, places, organisations, documents, events; each group by name. */
export function groupByKind<T>(items: T[], brief: (item: T) => { kind: EntityKind; name: string }): { kind: EntityKind; items: T[] }[] {
  const byName = (a: T, b: T) => brief(a).name.localeCompare(brief(b).name, 'en', { sensitivity: 'base' });
  return entityKinds
    .map((kind) => ({ kind, items: items.filter((item) => brief(item).kind === kind).sort(byName) }))
    .filter((group) => group.items.length > 0);
}

/** "A", "A and B", "A, B and C". */
export function listInWords(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
