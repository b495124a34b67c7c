// One CSS highlight per kind (the ::highlight() styles are in highlights.css): the page's DOM is never touched.
import { entityKinds, type EntityKind } from '../shared/alias-index.ts';
import type { Settings } from '../shared/settings.ts';
import type { Mark } from './marks.ts';

export const highlightName = (kind: EntityKind) => `backstory-${kind}`;

export interface Highlighter {
  /** Marks these, where the settings allow. */
  add(marks: Iterable<Mark>): void;
  remove(marks: Iterable<Mark>): void;
  /** Settings changed: show exactly the marks they allow. */
  reset(marks: Iterable<Mark>, settings: Settings): void;
  isShown(mark: Mark): boolean;
  /** How many ranges are registered with CSS.highlights. */
  registeredCount(): number;
  dispose(): void;
}

export function createHighlighter(initial: Settings): Highlighter {
  let settings = initial;
  const highlights = new Map<EntityKind, Highlight>(entityKinds.map((kind) => [kind, new Highlight()]));
  const shown = new Set<Mark>();
  for (const [kind, highlight] of highlights) CSS.highlights.set(highlightName(kind), highlight);

  const allowed = (mark: Mark) => settings.kinds[mark.kind] && (settings.markEveryMention ? mark.inText : mark.calm);
  const add = (marks: Iterable<Mark>) => {
    for (const mark of marks) {
      if (!allowed(mark)) continue;
      highlights.get(mark.kind)!.add(mark.range);
      shown.add(mark);
    }
  };

  return {
    add,
    remove(marks) {
      for (const mark of marks) {
        highlights.get(mark.kind)!.delete(mark.range);
        shown.delete(mark);
      }
    },
    reset(marks, next) {
      settings = next;
      for (const highlight of highlights.values()) highlight.clear();
      shown.clear();
      add(marks);
    },
    isShown: (mark) => shown.has(mark),
    registeredCount: () => shown.size,
    dispose() {
      for (const kind of highlights.keys()) CSS.highlights.delete(highlightName(kind));
      shown.clear();
    },
  };
}
