// Is the page about one of our stories? A pure function of the names found on it: each distinct
// name of a story counts once, a specific one (Witkoff, Pokrovsk) far more than a common one (Russia,
// NATO), a name in the title or first heading more than one in the body. Repeating a name adds
// nothing: a sports page says "US" twenty times, an off-topic page can name Trump and Putin.
import type { AliasIndex } from './alias-index.ts';
import type { PageRelevance, StoryLabel } from './page-context.ts';

/** A story as the content script knows it: its label and the entities it names (positions in the entity table). */
export interface StoryEntry extends StoryLabel {
  entities: number[];
}

/** One mention found on the page, outside its navigation. */
export interface SeenMention {
  entity: number;
  /** In the page's title or its first heading. */
  inTitle: boolean;
}

/** At or above this score the page is about the story. */
export const onTopicScore = 0.5;

const weight = { specific: 1, common: 0.25 };
/** What the title or first heading adds to a name's weight, as a share of it. */
const titleBonus = 0.5;
/** All the common names of a page together count for at most one specific name. */
const commonCap = 1;
/** The raw weight that scores onTopicScore: four specific names of the story in the body, with a few common ones, or three in the title. */
const halfWeight = 5;

export interface StoryScore extends PageRelevance {
  onTopic: boolean;
}

/** Every story that shares a name with the page, best first. */
export function scoreStories(seen: Iterable<SeenMention>, stories: StoryEntry[], entities: AliasIndex['entities']): StoryScore[] {
  const inTitle = new Map<number, boolean>();
  for (const { entity, inTitle: title } of seen) inTitle.set(entity, (inTitle.get(entity) ?? false) || title);
  // A name in several stories tells them apart less.
  const storiesNaming = new Map<number, number>();
  for (const story of stories) for (const entity of new Set(story.entities)) storiesNaming.set(entity, (storiesNaming.get(entity) ?? 0) + 1);

  const scores = stories.flatMap((story): StoryScore[] => {
    let specific = 0;
    let common = 0;
    const specificNames: string[] = [];
    const titleNames: string[] = [];
    let commonCount = 0;
    for (const entity of new Set(story.entities)) {
      const title = inTitle.get(entity);
      if (title === undefined) continue;
      const [name, , prominence] = entities[entity]!;
      const value = (weight[prominence] * (title ? 1 + titleBonus : 1)) / storiesNaming.get(entity)!;
      if (title) titleNames.push(name);
      if (prominence === 'specific') {
        specific += value;
        specificNames.push(name);
      } else {
        common += value;
        commonCount++;
      }
    }
    if (specificNames.length + commonCount === 0) return [];
    const raw = specific + Math.min(common, commonCap);
    const score = Math.round((raw / (raw + halfWeight)) * 1000) / 1000;
    const reasons = [
      ...(titleNames.length > 0 ? [`title or first heading names ${titleNames.join(', ')}`] : []),
      `${specificNames.length} specific ${specificNames.length === 1 ? 'name' : 'names'} of the story${specificNames.length > 0 ? `: ${specificNames.join(', ')}` : ''}`,
      `${commonCount} common ${commonCount === 1 ? 'name' : 'names'}`,
    ];
    return [{ storyId: story.id, score, reasons, onTopic: score >= onTopicScore }];
  });
  return scores.sort((a, b) => b.score - a.score);
}

/** The story the page is about, if any. */
export function pageRelevance(seen: Iterable<SeenMention>, stories: StoryEntry[], entities: AliasIndex['entities']): PageRelevance | undefined {
  const best = scoreStories(seen, stories, entities)[0];
  if (!best?.onTopic) return undefined;
  const { storyId, score, reasons } = best;
  return { storyId, score, reasons };
}
