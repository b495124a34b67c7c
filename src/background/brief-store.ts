import bundle from 'backstory:briefs';
import type { Brief } from '../shared/briefs.ts';
import type { CardBrief } from '../shared/messages.ts';

const byId = new Map(bundle.briefs.map((brief) => [brief.id, brief]));

export const findBrief = (id: string): Brief | null => byId.get(id) ?? null;

const storyById = new Map(bundle.stories.map(({ id, title, date }) => [id, { id, title, date }]));

/** The brief with the labels of its stories, as the card shows them. */
export function findCardBrief(id: string): CardBrief | null {
  const brief = findBrief(id);
  return brief && { brief, stories: brief.inStories.flatMap(({ storyId }) => storyById.get(storyId) ?? []) };
}
