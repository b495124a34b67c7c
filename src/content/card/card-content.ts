// What the card says, as a pure function of the brief and what the content script knows of the page:
// short enough to fit the card's ~320 px, and nothing about the page the page does not say.
import type { Brief, Claim } from '../../shared/briefs.ts';
import { formatDate, formatDayMonth } from '../../shared/format.ts';
import type { CardBrief } from '../../shared/messages.ts';
import type { PageContext, StoryLabel } from '../../shared/page-context.ts';
import { isIsoDay, pageAge } from './page-age.ts';

export interface CardClaim {
  by: string;
  text: string;
  date?: string;
}

export interface StoryLine {
  title: string;
  date: string;
}

export interface CardContent {
  summary: string;
  /** The page's date beside the brief's, where the page states one and they are far apart. */
  age?: string;
  /** On a page about one of the brief's stories: the story, over its claims and statements. */
  story?: StoryLine & { statements: string[] };
  /** Who claims what, for a contested place. */
  claims: CardClaim[];
  /** Claims left for the full brief. */
  moreClaims: number;
  /** The most recent dated note, with its date as shown. */
  note?: { date: string; text: string };
  facts: string[];
  /** On any other page: the story the brief is from ("Also in"), instead of what it says. */
  alsoIn?: StoryLine;
}

const maxFacts = 3;
const maxStatements = 2;

/**
 * Always the summary, the page's date, a claim, the latest note and the story's line; then the first
 * `extras` of the parts a card can leave to the full brief, most needed first: the reply to the claim,
 * the count of the other claims, then what the story says and the facts, taking turns. The card host
 * lowers `extras` until the card fits (card-host.ts); `extras` in the answer is how many it shows.
 */
export function cardContent({ brief, stories }: CardBrief, page: PageContext, extras = Infinity): CardContent & { extras: number } {
  const story = storyOfPage(stories, page);
  const fromStory = story ?? latest(stories);
  const age = pageAge(page.published, fromStory?.date ?? brief.asOf, brief.asOf);
  // Under the story's heading a claim's year goes without saying.
  const claimDate = story ? formatDayMonth : formatDate;
  const claims = claimAndReply(brief.claims).map((c) => ({ by: c.byName, text: c.text, ...(c.date ? { date: claimDate(c.date) } : {}) }));
  const note = latestNote(brief);
  const line = fromStory && { title: fromStory.title, date: formatDate(fromStory.date) };
  const statements = story ? (brief.inStories.find((s) => s.storyId === story.id)?.statements.map((s) => s.text) ?? []).slice(0, maxStatements) : [];
  const facts = brief.facts.slice(0, maxFacts);

  const content: CardContent = {
    summary: brief.summary,
    ...(age ? { age } : {}),
    ...(story && line ? { story: { ...line, statements: [] } } : {}),
    ...(!story && line ? { alsoIn: line } : {}),
    claims: claims.slice(0, 1),
    moreClaims: 0,
    ...(note ? { note: { date: formatDate(note.date), text: note.text } } : {}),
    facts: [],
  };
  const optional: (() => void)[] = [];
  if (claims[1]) optional.push(() => content.claims.push(claims[1]!));
  if (brief.claims.length > claims.length) optional.push(() => (content.moreClaims = brief.claims.length - content.claims.length));
  for (let i = 0; i < Math.max(statements.length, facts.length); i++) {
    if (statements[i]) optional.push(() => content.story!.statements.push(statements[i]!));
    if (facts[i]) optional.push(() => content.facts.push(facts[i]!));
  }
  const shown = optional.slice(0, extras);
  for (const add of shown) add();
  return { ...content, extras: shown.length };
}

/** The story the page is about, when it is one of the brief's and the page is not older than it. */
function storyOfPage(stories: StoryLabel[], { relevance, published }: PageContext): StoryLabel | undefined {
  const story = relevance && stories.find((s) => s.id === relevance.storyId);
  // A page written before the story cannot be about what the story says.
  if (!story || (isIsoDay(published) && published < story.date)) return undefined;
  return story;
}

/**
 * Two claims, the first and the first one made on a later day (typically the other side's answer);
 * the first two when all are of one day. The rest are in the full brief.
 */
function claimAndReply(claims: Claim[]): Claim[] {
  const [first] = claims;
  if (!first) return [];
  const reply = claims.find((c) => (c.date ?? '') > (first.date ?? '')) ?? claims[1];
  return reply ? [first, reply] : [first];
}

const latest = (stories: StoryLabel[]) => stories.reduce<StoryLabel | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);

// Dates are ISO prefixes ("2026", "2025-12-03"): they sort as strings.
const latestNote = (brief: Brief) => brief.notes.reduce<Brief['notes'][number] | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);
