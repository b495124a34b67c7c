// Kinds and dates as the card and the popup show them, in the language of the messages (src/shared/i18n.ts).
import type { EntityKind } from './alias-index.ts';
import { displayLocale, t, type MessageKey, type PluralKey } from './i18n.ts';

const kindKeys = { person: 'kindPerson', place: 'kindPlace', organisation: 'kindOrganisation', document: 'kindDocument', event: 'kindEvent' } satisfies Record<EntityKind, MessageKey>;
/** Whole words, never a label with an "s" added. */
const kindPluralKeys = { person: 'kindPeople', place: 'kindPlaces', organisation: 'kindOrganisations', document: 'kindDocuments', event: 'kindEvents' } satisfies Record<EntityKind, MessageKey>;
/** "1 person", "3 people": with `plural()`. */
export const kindCountKeys = {
  person: 'countPeople',
  place: 'countPlaces',
  organisation: 'countOrganisations',
  document: 'countDocuments',
  event: 'countEvents',
} satisfies Record<EntityKind, PluralKey>;

const messagesOf = (keys: Record<EntityKind, MessageKey>) => Object.fromEntries(Object.entries(keys).map(([kind, key]) => [kind, t(key)])) as Record<EntityKind, string>;
export const kindLabels = messagesOf(kindKeys);
export const kindPluralLabels = messagesOf(kindPluralKeys);

const formats = new Map<string, Intl.DateTimeFormat>();
const formatOf = (options: Intl.DateTimeFormatOptions) => {
  const id = Object.keys(options).join();
  if (!formats.has(id)) formats.set(id, new Intl.DateTimeFormat(displayLocale(), { ...options, timeZone: 'UTC' }));
  return formats.get(id)!;
};

/** "2025-12-02" -> "2 Dec 2025" (en-GB) or "Dec 2, 2025" (en-US); "2014-03" -> "Mar 2014"; "2014" as is; anything else as given. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(isoDate);
  if (!match) return isoDate;
  if (!match[2]) return match[1]!;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1)));
  return formatOf(match[3] ? { day: 'numeric', month: 'short', year: 'numeric' } : { month: 'short', year: 'numeric' }).format(date);
}

/** "2025-12-01" -> "1 Dec" (en-GB) or "Dec 1" (en-US), where the year goes without saying; anything else as formatDate. */
export function formatDayMonth(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return formatDate(isoDate);
  return formatOf({ day: 'numeric', month: 'short' }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
