// Collects what the page states about its publication date, for the pure rule in shared/page-date.ts.
import { publicationDate, type DateSources } from '../shared/page-date.ts';

const metaSelectors = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"], meta[property="og:article:published_time"]',
  '[itemprop="datePublished"]',
];
/** A JSON-LD script past this size is not an article's metadata. */
const jsonLdMaxLength = 200_000;

export function readDateSources(doc: Document): DateSources {
  const meta = metaSelectors.flatMap((selector) =>
    [...doc.querySelectorAll(selector)].map((element) => element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent ?? ''),
  );
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '').filter((text) => text.length < jsonLdMaxLength);
  // The article's header only: a <time> elsewhere dates a comment, a teaser or the page's clock.
  const times = [...doc.querySelectorAll('article header time[datetime], main header time[datetime]')].map((time) => time.getAttribute('datetime')!);
  return { meta, jsonLd, times };
}

export const readPublicationDate = (doc: Document): string | undefined => publicationDate(readDateSources(doc));
