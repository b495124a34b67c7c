// How old a brief's facts are, in words: "a year before today". Dates are ISO days ("2025-12-02").
import { plural, t } from '../shared/i18n.ts';

const dayMs = 86_400_000;

export function ageInWords(asOf: string, today: Date): string | undefined {
  const then = Date.parse(`${asOf.length === 7 ? `${asOf}-01` : asOf}T00:00:00Z`);
  if (Number.isNaN(then)) return undefined;
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((now - then) / dayMs);
  if (days < 0) return undefined;
  if (days === 0) return t('ageToday');
  if (days === 1) return t('ageYesterday');
  if (days < 14) return plural('ageDays', days);
  if (days < 45) return plural('ageWeeks', Math.round(days / 7));
  const months = Math.round(days / 30.44);
  if (months < 12) return plural('ageMonths', months);
  return plural('ageYears', Math.round(days / 365.25));
}
