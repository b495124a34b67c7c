import type { PageMention, PageReport } from '../shared/messages.ts';

/** The popup's view of this page: where it is, its title, what it (and its frames) mention. */
export const pageReportOf = (mentions: PageMention[]): PageReport => ({ host: location.hostname, title: document.title, mentions });
