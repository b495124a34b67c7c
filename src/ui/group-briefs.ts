import { entityKinds, type EntityKind } from '../shared/alias-index.ts';
import { displayLocale } from '../shared/i18n.ts';

/** Items grouped by kind in the fixed order people, places, organisations, documents, events; each group by name. */
export function groupByKind<T>(items: T[], brief: (item: T) => { kind: EntityKind; name: string }): { kind: EntityKind; items: T[] }[] {
  const byName = (a: T, b: T) => brief(a).name.localeCompare(brief(b).name, displayLocale(), { sensitivity: 'base' });
  return entityKinds
    .map((kind) => ({ kind, items: items.filter((item) => brief(item).kind === kind).sort(byName) }))
    .filter((group) => group.items.length > 0);
}
