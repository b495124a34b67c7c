// The page's own date beside the brief's: said only where the page states its date and the two are far apart.
import { formatDate } from '../../shared/format.ts';
import { plural, t } from '../../shared/i18n.ts';

/** From this many whole months after the brief's date, the card says how old the brief is. */
export const longAfterMonths = 6;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDay = (value: string | undefined): value is string => value !== undefined && isoDay.test(value);

/** Whole months from one YYYY-MM-DD to a later one (negative when earlier); undefined for anything else. */
export function monthsBetween(from: string, to: string): number | undefined {
  const a = isoDay.exec(from);
  const b = isoDay.exec(to);
  if (!a || !b) return undefined;
  const [, fromYear, fromMonth, fromDay] = a.map(Number) as [number, number, number, number];
  const [, toYear, toMonth, toDay] = b.map(Number) as [number, number, number, number];
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  if (months > 0 && toDay < fromDay) return months - 1;
  if (months < 0 && toDay > fromDay) return months + 1;
  return months;
}

const span = (months: number) => (months < 24 ? plural('cardMonthsEarlier', months) : plural('cardYearsEarlier', Math.floor(months / 12)));

/**
 * `storyDate`: the date of the story the card speaks of (the brief's own date when it is in none).
 * A page from before it says so; a page from long after the brief says how old the brief is.
 */
export function pageAge(published: string | undefined, storyDate: string, asOf: string): string | undefined {
  if (!isIsoDay(published)) return undefined;
  if (published < storyDate) return t('cardPageAge', formatDate(published), formatDate(asOf));
  const months = monthsBetween(asOf, published);
  if (months === undefined || months < longAfterMonths) return undefined;
  return t('cardPageAgeSpan', formatDate(published), formatDate(asOf), span(months));
}
