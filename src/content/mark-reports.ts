// What the session tells others about its marks: the page report's counts, and the names shown (for tests).
import type { PageMention, ShownMark } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { entityTable } from './entity-table.ts';
import type { Highlighter } from './highlighter.ts';
import { inDocumentOrder, type Mark } from './marks.ts';

/** The entities of the kinds shown, each with how many times it is mentioned and how many of those are marked. */
export function countMentions(marks: Iterable<Mark>, settings: Settings, highlighter: Highlighter): PageMention[] {
  const counts = new Map<string, number>();
  const marked = new Map<string, number>();
  for (const mark of marks) {
    if (!settings.kinds[mark.kind]) continue;
    const id = entityTable()[mark.entity]![0];
    counts.set(id, (counts.get(id) ?? 0) + 1);
    if (highlighter.isShown(mark)) marked.set(id, (marked.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count, marked: marked.get(id) ?? 0 }));
}

/** The marks shown, in document order, as [kind, text]. */
export function shownMarks(marks: Iterable<Mark>, highlighter: Highlighter): ShownMark[] {
  return [...marks]
    .filter((mark) => highlighter.isShown(mark))
    .sort(inDocumentOrder)
    .map((mark) => {
      const range = new Range();
      range.setStart(mark.startNode, mark.startOffset);
      range.setEnd(mark.endNode, mark.endOffset);
      return [mark.kind, range.toString()];
    });
}
