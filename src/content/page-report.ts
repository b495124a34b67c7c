import type { PageMention, PageReport } from '../shared/messages.ts';
import type { PageContext } from '../shared/page-context.ts';

/** The popup's view of this page: where it is, its title, what it (and its frames) mention, what it is about and when. */
export const pageReportOf = (mentions: PageMention[], context: PageContext = {}): PageReport => ({ host: location.hostname, title: document.title, mentions, ...context });
