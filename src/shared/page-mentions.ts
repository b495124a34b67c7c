// Mentions reported by several frames of one page, counted together.
import type { PageMention } from './messages.ts';

export function mergeMentions(lists: PageMention[][]): PageMention[] {
  const merged = new Map<string, PageMention>();
  for (const list of lists) {
    for (const { id, count, marked = 0 } of list) {
      const sum = merged.get(id);
      if (sum) merged.set(id, { id, count: sum.count + count, marked: (sum.marked ?? 0) + marked });
      else merged.set(id, { id, count, marked });
    }
  }
  return [...merged.values()];
}
