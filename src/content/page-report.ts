import { primaryLanguage } from '../shared/inflection.ts';
import { isLanguageCode, type PageMention, type PageReport } from '../shared/messages.ts';
import type { PageContext } from '../shared/page-context.ts';

/** The popup's view of this page: where it is, its title and language, what it (and its frames) mention, what it is about and when. */
export function pageReportOf(mentions: PageMention[], context: PageContext = {}): PageReport {
  const language = primaryLanguage(document.documentElement.lang);
  return { host: location.hostname, title: document.title, mentions, ...(isLanguageCode(language) ? { language } : {}), ...context };
}
