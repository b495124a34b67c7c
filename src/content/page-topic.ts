// What the page is about and when it was published: its PageContext, for the page report and the card.
import stories from 'backstory:stories';
import type { PageContext, PageRelevance } from '../shared/page-context.ts';
import { pageRelevance, type SeenMention } from '../shared/page-relevance.ts';
import { findMentions, type Matcher } from '../matcher/index.ts';
import { entityTable } from './entity-table.ts';
import type { Mark, MarkStore } from './marks.ts';
import type { MayMention } from './may-mention.ts';
import { readPublicationDate } from './page-date-reader.ts';

export interface PageTopic {
  /** After a scan: is the page about a story now? Once it is, that stays decided. */
  judge(): void;
  context(): PageContext;
}

/**
 * `mayMention` is the prefilter; `onTopic` gets the marks calm mode shows once the page is found to be about a story
 * (its common names).
 */
export function createPageTopic(store: MarkStore, matcher: Matcher, mayMention: MayMention, onTopic: (shown: Mark[]) => void): PageTopic {
  // Decided after each scan until the page is found on-topic, then kept: marks only ever appear, never flicker away.
  let relevance: PageRelevance | undefined;
  let published: { date?: string } | undefined;
  return {
    judge() {
      if (relevance) return;
      const seen = seenOnPage(store.marks, matcher, mayMention);
      relevance = pageRelevance(seen, stories, entityTable());
      if (relevance) onTopic(store.showCommon());
    },
    context() {
      published ??= { date: readPublicationDate(document) };
      return { ...(relevance ? { relevance } : {}), ...(published.date ? { published: published.date } : {}) };
    },
  };
}

/** The names in the title, and the marks outside the page's navigation, those in its first heading counted as the title's. */
function seenOnPage(marks: Iterable<Mark>, matcher: Matcher, mayMention: MayMention): SeenMention[] {
  const title = document.title;
  const inTitle = mayMention([title]) ? findMentions(matcher, title) : [];
  const seen: SeenMention[] = inTitle.map(({ entity }) => ({ entity, inTitle: true }));
  const heading = document.querySelector('h1');
  for (const mark of marks) {
    if (mark.inText) seen.push({ entity: mark.entity, inTitle: !!heading?.contains(mark.startNode) });
  }
  return seen;
}
