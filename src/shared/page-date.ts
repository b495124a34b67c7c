// When the page says it was published: a pure function over what it states, in order of trust.
// The date is the one the publisher wrote (2017-06-12T23:30-04:00 is 12 June, as the page shows it),
// not the UTC day.

/** What a page states, as the content script read it (src/content/page-date-reader.ts). */
export interface DateSources {
  /** `<meta property="article:published_time">`, og: and `itemprop="datePublished"` values, in that order. */
  meta: string[];
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `<time datetime>` values in the article's header. */
  times: string[];
}

const earliestYear = 1990;
const latestYear = 2100;
const monthName = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** YYYY-MM-DD from one stated value, or undefined when it is not a plausible date. */
export function dateOf(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Only full dates with the month in words ("Mon, 12 Jun 2017 10:00:00 GMT"): "June 2017" or "2017-06" says too little.
  if (!monthName.test(text) || !/\b\d{4}\b/.test(text) || !/(^|\D)\d{1,2}(\D|$)/.test(text)) return undefined;
  // Without its time and zone the date parses as local midnight of that very day, wherever this runs.
  const parsed = Date.parse(text.replace(/[\sT,]*\d{1,2}:\d{2}.*$/, ''));
  if (Number.isNaN(parsed)) return undefined;
  const date = new Date(parsed);
  return checked(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function checked(year: number, month: number, day: number): string | undefined {
  if (year < earliestYear || year > latestYear || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The page's publication date: its meta tags first, then its structured data, then a <time> in the article header. */
export function publicationDate(sources: DateSources): string | undefined {
  for (const value of [...sources.meta, ...sources.jsonLd.flatMap(jsonLdDates), ...sources.times]) {
    const date = dateOf(value);
    if (date) return date;
  }
  return undefined;
}

type Json = unknown;
const articleType = /Article|BlogPosting|Report/;

/** Every datePublished in one JSON-LD script, the article's own first (not a page's or a video's in the same graph). */
export function jsonLdDates(text: string): string[] {
  const data = parseLenient(text);
  if (data === undefined) return [];
  const found: { date: string; article: boolean; depth: number }[] = [];
  const visit = (node: Json, depth: number) => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    const record = node as Record<string, Json>;
    const types = ([] as Json[]).concat(record['@type'] ?? []);
    const article = types.some((type) => typeof type === 'string' && articleType.test(type));
    for (const date of stringsOf(record.datePublished)) found.push({ date, article, depth });
    for (const [key, value] of Object.entries(record)) if (key !== 'datePublished') visit(value, depth + 1);
  };
  visit(data, 0);
  // Stable: the article's own date before others, the outermost (a live blog's, not one of its posts') first.
  return found.sort((a, b) => Number(b.article) - Number(a.article) || a.depth - b.depth).map((f) => f.date);
}

function stringsOf(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object' && '@value' in value) return stringsOf((value as { '@value': Json })['@value']);
  return [];
}

/** JSON as pages write it: wrapped in CDATA or HTML comments, or with raw line breaks inside strings. */
function parseLenient(text: string): Json {
  const unwrapped = text.trim().replace(/^(\/\*\s*)?<!\[CDATA\[(\s*\*\/)?|(\/\*\s*)?\]\]>(\s*\*\/)?$|^<!--|-->$/g, '').trim();
  for (const candidate of [unwrapped, unwrapped.replace(/[\r\n\t]+/g, ' ')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // Try the next repair.
    }
  }
  return undefined;
}
