import bundle from 'backstory:briefs';

export const { briefs, stories } = bundle;
export const briefById = new Map(briefs.map((brief) => [brief.id, brief]));
export const storyById = new Map(stories.map((story) => [story.id, story]));
