// Page relevance over hand-made page texts, matched with the real seeds: which pages are about the
// story of 2 December 2025, and which only share a famous name or two with it.
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { storyTable } from '../../../src/build/story-table.ts';
import { compileMatcher, findMentions } from '../../../src/matcher/index.ts';
import { onTopicScore, pageRelevance, scoreStories, type SeenMention, type StoryEntry } from '../../../src/shared/page-relevance.ts';

const { bundle, aliasIndex } = compileSeeds(readSeeds('seeds'));
const stories = storyTable(bundle, aliasIndex);
const matcher = compileMatcher(aliasIndex);
const storyId = 'moscow-talks-2025-12-02';

/** What the content script sees of a page: its title and first heading, then its body text. */
function seenOn(page: { title: string; body: string[] }): SeenMention[] {
  const inText = (text: string, inTitle: boolean) => findMentions(matcher, text).map(({ entity }) => ({ entity, inTitle }));
  return [...inText(page.title, true), ...page.body.flatMap((text) => inText(text, false))];
}
const judge = (page: { title: string; body: string[] }) => pageRelevance(seenOn(page), stories, aliasIndex.entities);
const scoreOf = (page: { title: string; body: string[] }) => scoreStories(seenOn(page), stories, aliasIndex.entities)[0]?.score ?? 0;

const onTopic = {
  title: 'Witkoff and Kushner meet Putin in the Kremlin as Kyiv holds out on the 28-point plan',
  body: [
    'Steve Witkoff and Jared Kushner spent five hours with Vladimir Putin in Moscow on Tuesday.',
    'Yuri Ushakov, the Kremlin aide, called the talks constructive but said no compromise had been found on territory.',
    'In Dublin, Volodymyr Zelensky said Ukraine would not give up Donetsk, while Russia claimed Pokrovsk.',
  ],
};
const twoFamousNames = {
  title: 'Trump and Putin to meet in Helsinki',
  body: [
    'President Donald Trump will meet Vladimir Putin in Finland next month, the White House said.',
    'The summit comes as relations between the United States and Russia are at a low, and NATO allies watch closely.',
  ],
};
const sports = {
  title: 'US beat Europe to win the Ryder Cup',
  body: [
    'The US team took the trophy on Sunday after Europe collapsed in the singles.',
    'US fans celebrated long into the night; Europe will host the next edition in Ireland, and France hopes to bid.',
    'It was the first US win on European soil since 1993, and the US captain thanked the crowd.',
  ],
};
const anotherRussiaStory = {
  title: 'Russia: space ship malfunctions, breaks up over Siberia',
  body: [
    'MOSCOW (AP) — An unmanned Russian cargo ship heading to the International Space Station broke up in the atmosphere.',
    'Russia has launched more than 60 such ships; Moscow said the crash would not affect the crew.',
    'The Kremlin declined to comment, and Putin was not informed until the evening, his spokesman said.',
  ],
};

describe('pageRelevance', () => {
  it('finds a page about the Kremlin talks on-topic, with its reasons', () => {
    const relevance = judge(onTopic);
    expect(relevance).toMatchObject({ storyId });
    expect(relevance!.score).toBeGreaterThanOrEqual(onTopicScore);
    expect(relevance!.reasons[0]).toMatch(/^title or first heading names /);
    for (const id of ['witkoff', 'kushner', 'putin']) expect(relevance!.reasons[0]).toContain(id);
    expect(relevance!.reasons[1]).toMatch(/^\d+ specific names of the story: .*ushakov/);
  });

  it('finds a page with two famous names of the story off-topic', () => {
    expect(judge(twoFamousNames)).toBeUndefined();
    expect(scoreOf(twoFamousNames)).toBeGreaterThan(0);
  });

  it('finds a sports page full of "US" and "Europe" off-topic, however often it says them', () => {
    expect(judge(sports)).toBeUndefined();
    const thrice = { title: sports.title, body: [...sports.body, ...sports.body, ...sports.body] };
    expect(scoreOf(thrice)).toBe(scoreOf(sports));
  });

  it('finds a page about another Russia story off-topic', () => {
    expect(judge(anotherRussiaStory)).toBeUndefined();
  });

  it('weighs the title more than the body, and specific names more than common ones', () => {
    const names = { title: 'News of the day', body: ['Witkoff met Ushakov.'] };
    const inTitle = { title: 'Witkoff met Ushakov', body: ['News of the day.'] };
    expect(scoreOf(inTitle)).toBeGreaterThan(scoreOf(names));
    expect(scoreOf({ title: '', body: ['Witkoff.'] })).toBeGreaterThan(scoreOf({ title: '', body: ['Moscow.'] }));
  });

  it('names nothing on a page that mentions none of our names', () => {
    expect(judge({ title: 'Xbox One X review', body: ['A console that keeps up with gaming PCs.'] })).toBeUndefined();
    expect(scoreStories([], stories, aliasIndex.entities)).toEqual([]);
  });

  it('names the best of several stories, and weighs a name that several stories share less', () => {
    const position = (id: string) => aliasIndex.entities.findIndex(([entity]) => entity === id);
    const [putin, witkoff, kushner, ushakov, pokrovsk, zelensky] = ['putin', 'witkoff', 'kushner', 'ushakov', 'pokrovsk', 'zelensky'].map(position);
    const talks: StoryEntry = { id: 'talks', title: 'Talks', date: '2025-12-02', entities: [putin!, witkoff!, kushner!, ushakov!] };
    const front: StoryEntry = { id: 'front', title: 'Front', date: '2025-11-20', entities: [putin!, pokrovsk!, zelensky!] };
    const seen = [putin!, witkoff!, kushner!, ushakov!].map((entity) => ({ entity, inTitle: true }));
    const scores = scoreStories(seen, [front, talks], aliasIndex.entities);
    expect(scores.map((s) => s.storyId)).toEqual(['talks', 'front']);
    expect(pageRelevance(seen, [front, talks], aliasIndex.entities)?.storyId).toBe('talks');
    const alone = scoreStories(seen, [talks], aliasIndex.entities)[0]!.score;
    expect(scores[0]!.score).toBeLessThan(alone);
  });
});
