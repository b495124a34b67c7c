import type { AliasIndex } from '../shared/alias-index.ts';
import type { BriefBundle } from '../shared/briefs.ts';
import type { StoryEntry } from '../shared/page-relevance.ts';

/** `backstory:stories`: each story's label and the entities it says something about, as positions in the entity table. */
export function storyTable(bundle: BriefBundle, index: AliasIndex): StoryEntry[] {
  return bundle.stories.map(({ id, title, date }) => ({
    id,
    title,
    date,
    entities: index.entities.flatMap(([entity], position) => (bundle.briefs.find((b) => b.id === entity)?.inStories.some((s) => s.storyId === id) ? [position] : [])),
  }));
}
