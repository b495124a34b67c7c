import { describe, expect, it } from 'vitest';
import { cardContent } from '../../../src/content/card/card-content.ts';
import type { Brief, Claim } from '../../../src/shared/briefs.ts';
import type { PageContext } from '../../../src/shared/page-context.ts';

const claim = (byName: string, date: string, text: string): Claim => ({ by: byName.toLowerCase(), byName, date, text, paragraphs: [1] });
const town: Brief = {
  id: 'town', name: 'Town', kind: 'place', aliases: ['Town'], localNames: [], nativeNames: [], asOf: '2025-12-02', related: [], quotes: [],
  summary: 'A contested town.',
  facts: ['Founded long ago.', 'On a river.', 'Had a station.', 'A fourth fact.'],
  inStories: [{ storyId: 'talks', statements: [{ text: 'Named in the talks.', paragraphs: [2] }, { text: 'Named again.', paragraphs: [3] }] }],
  claims: [
    claim('Russia', '2025-12-01', 'says it took the city'),
    claim('Russian ministry', '2025-12-01', 'shows a video'),
    claim('Ukraine', '2025-12-02', 'says it holds the north'),
    claim('Observers', '2025-12-02', 'doubt it'),
  ],
  notes: [{ date: '2025-12-03', text: 'An older note.' }, { date: '2026', text: 'Later reports.' }],
};
const stories = [{ id: 'talks', title: 'The talks', date: '2025-12-02' }];
const about = (storyId: string, published?: string): PageContext => ({ relevance: { storyId, score: 0.8, reasons: ['title names Town'] }, ...(published ? { published } : {}) });
const say = (page: PageContext, brief: Brief = town) => cardContent({ brief, stories }, page);

describe('cardContent', () => {
  it('on a page about the story: the story by title and date, a claim and its reply, short-dated, and what the story says', () => {
    const content = say(about('talks', '2025-12-02'));
    expect(content.story).toMatchObject({ title: 'The talks', date: '2 Dec 2025' });
    expect(content.story!.statements[0]).toBe('Named in the talks.');
    expect(content.claims).toEqual([
      { by: 'Russia', date: '1 Dec', text: 'says it took the city' },
      { by: 'Ukraine', date: '2 Dec', text: 'says it holds the north' },
    ]);
    expect(content.moreClaims).toBe(2);
    expect(content.alsoIn).toBeUndefined();
    expect(content.age).toBeUndefined();
  });

  it('on a page about no story, or another one: the background and one line of where the brief is from', () => {
    for (const page of [{}, about('another-story')]) {
      const content = say(page);
      expect(content.story).toBeUndefined();
      expect(content.alsoIn).toEqual({ title: 'The talks', date: '2 Dec 2025' });
      expect(content.claims.map((c) => c.date)).toEqual(['1 Dec 2025', '2 Dec 2025']);
      expect(content.facts.length).toBeGreaterThan(0);
      expect(JSON.stringify(content)).not.toContain('Named in the talks.');
    }
  });

  it('never gives a page written before the story the story’s framing, and says both dates', () => {
    const content = say(about('talks', '2017-06-12'));
    expect(content.story).toBeUndefined();
    expect(content.alsoIn?.title).toBe('The talks');
    expect(content.age).toBe('This page is from 12 Jun 2017; this brief is as of 2 Dec 2025');
  });

  it('says how old the brief is on a page from long after it', () => {
    expect(say(about('talks', '2026-12-20')).age).toBe('This page is from 20 Dec 2026; this brief is as of 2 Dec 2025, 12 months earlier');
  });

  it('shows the most recent dated note', () => {
    expect(say({}).note).toEqual({ date: '2026', text: 'Later reports.' });
  });

  it('keeps to three facts and two statements at most', () => {
    const short: Brief = { ...town, facts: ['A.', 'B.', 'C.', 'D.'] };
    expect(say({}, short).facts).toEqual(['A.', 'B.', 'C.']);
    expect(say(about('talks'), short).story!.statements).toEqual(['Named in the talks.', 'Named again.']);
  });

  it('leaves out parts for the full brief least needed first: facts and statements by turns, the count of claims, the reply', () => {
    const page = about('talks');
    const shown = (extras: number) => {
      const { story, facts, claims, moreClaims } = cardContent({ brief: town, stories }, page, extras);
      return { claims: claims.length, moreClaims, statements: story!.statements.length, facts: facts.length };
    };
    expect(cardContent({ brief: town, stories }, page).extras).toBe(7);
    expect(shown(7)).toEqual({ claims: 2, moreClaims: 2, statements: 2, facts: 3 });
    expect(shown(5)).toEqual({ claims: 2, moreClaims: 2, statements: 2, facts: 1 });
    expect(shown(3)).toEqual({ claims: 2, moreClaims: 2, statements: 1, facts: 0 });
    expect(shown(1)).toEqual({ claims: 2, moreClaims: 0, statements: 0, facts: 0 });
    expect(shown(0)).toEqual({ claims: 1, moreClaims: 0, statements: 0, facts: 0 });
    // What is always said stays.
    expect(cardContent({ brief: town, stories }, page, 0)).toMatchObject({ summary: town.summary, note: { date: '2026' }, story: { title: 'The talks' } });
  });

  it('takes the first two claims when all are of one day, and says nothing of claims a brief does not have', () => {
    const sameDay = { ...town, claims: town.claims.slice(0, 2) };
    expect(say({}, sameDay).claims.map((c) => c.by)).toEqual(['Russia', 'Russian ministry']);
    expect(say({}, { ...town, claims: [] })).toMatchObject({ claims: [], moreClaims: 0 });
  });

  it('has no story line for a brief in no story', () => {
    const content = cardContent({ brief: { ...town, inStories: [] }, stories: [] }, about('talks'));
    expect(content.story).toBeUndefined();
    expect(content.alsoIn).toBeUndefined();
  });
});
