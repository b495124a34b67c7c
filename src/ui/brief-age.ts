// How old a brief's facts are, in words: "a year before today". Dates are ISO days ("2025-12-02").
const dayMs = 86_400_000;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

export function ageInWords(asOf: string, today: Date): string | undefined {
  const then = Date.parse(`${asOf.length === 7 ? `${asOf}-01` : asOf}T00:00:00Z`);
  if (Number.isNaN(then)) return undefined;
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((now - then) / dayMs);
  if (days < 0) return undefined;
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days before today`;
  if (days < 45) return `${Math.round(days / 7)} weeks before today`;
  const months = Math.round(days / 30.44);
  if (months < 12) return `${plural(months, 'a month', 'months')} before today`;
  return `${plural(Math.round(days / 365.25), 'a year', 'years')} before today`;
}
