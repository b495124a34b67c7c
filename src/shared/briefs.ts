// The brief bundle the build compiles from seeds/: what the background and the popup show.
import type { EntityKind } from './alias-index.ts';

export interface Statement {
  text: string;
  /** Paragraphs of the story it comes from; 0 is the headline. */
  paragraphs: number[];
}

export interface Quote {
  text: string;
  speaker: string;
  speakerName: string;
  storyId: string;
  paragraphs: number[];
  caveat?: string;
}

export interface Claim {
  by: string;
  byName: string;
  text: string;
  date?: string;
  paragraphs: number[];
}

/**
 * A name as the press of another language writes it: its language (a two- or three-letter code), the name, and
 * where it declines there its other forms, the stem with each ending of its pattern (Putina, Putinowi, Putinem).
 * A tuple: the bundle holds hundreds, and keys would be a third of their size.
 */
export type LocalName = [lang: string, text: string, ...forms: string[]];

export interface Brief {
  id: string;
  name: string;
  kind: EntityKind;
  /** The English aliases. */
  aliases: string[];
  /** The name in its own languages, shown on the brief; with its forms where an alias declines it. */
  nativeNames: LocalName[];
  /** The aliases in other languages that are not native names, in seed order. */
  localNames: LocalName[];
  summary: string;
  facts: string[];
  asOf: string;
  /** What each story says about it, by story id. */
  inStories: { storyId: string; statements: Statement[] }[];
  quotes: Quote[];
  related: { id: string; name: string }[];
  place?: { lat: number; lon: number; region: string };
  claims: Claim[];
  notes: { date: string; text: string }[];
}

export interface StoryBrief {
  id: string;
  title: string;
  date: string;
  source: string;
  keyPoints: Statement[];
  positions: { party: string; partyName: string; question: string; text: string; paragraphs: number[] }[];
  contested: { place: string; placeName: string; claims: Claim[] }[];
  timeline: { date: string; text: string; entities: string[] }[];
}

export interface BriefBundle {
  stories: StoryBrief[];
  /** Sorted by id. */
  briefs: Brief[];
}
