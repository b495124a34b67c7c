// Which story the page is about, from the marks outside its navigation and the names in its title.
import type { AliasIndex } from '../shared/alias-index.ts';
import type { PageRelevance } from '../shared/page-context.ts';
import { pageRelevance, type SeenMention, type StoryEntry } from '../shared/page-relevance.ts';
import { findMentions, type Matcher } from '../matcher/index.ts';
import type { Mark } from './marks.ts';

export function judgeTopic(marks: Iterable<Mark>, matcher: Matcher, entities: AliasIndex['entities'], stories: StoryEntry[]): PageRelevance | undefined {
  const seen: SeenMention[] = findMentions(matcher, document.title).map(({ entity }) => ({ entity, inTitle: true }));
  const heading = document.querySelector('h1');
  for (const mark of marks) {
    if (mark.inText) seen.push({ entity: mark.entity, inTitle: !!heading?.contains(mark.range.startContainer) });
  }
  return pageRelevance(seen, stories, entities);
}
