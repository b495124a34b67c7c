// Words and dates as the card and the popup show them.
import type { EntityKind } from './alias-index.ts';

export const kindLabels: Record<EntityKind, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  document: 'Document',
  event: 'Event',
};

/** Headings of the popup's lists, one per kind. */
export const kindGroupLabels: Record<EntityKind, string> = {
  person: 'People',
  place: 'Places',
  organisation: 'Organisations',
  document: 'Documents',
  event: 'Events',
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2025-12-02" -> "2 Dec 2025", "2014-03" -> "Mar 2014". Not Intl: its en-GB short month is "Sept"
 * in some engines, and the text should read the same in every browser. Anything else is shown as given.
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(isoDate);
  const month = match?.[2] ? months[Number(match[2]) - 1] : undefined;
  if (!match) return isoDate;
  if (!month) return match[1]!;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}
