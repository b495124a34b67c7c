// The story view's shapes: the positions as a parties x questions grid, the timeline by year on a scale.
import type { StoryBrief } from '../shared/briefs.ts';

type Position = StoryBrief['positions'][number];
type TimelineEvent = StoryBrief['timeline'][number];

export interface PositionsGrid {
  parties: { id: string; name: string }[];
  questions: string[];
  /** The party's position on the question; undefined where the story gives none. */
  cell(party: string, question: string): Position | undefined;
}

export function positionsGrid(story: StoryBrief): PositionsGrid {
  const parties = [...new Map(story.positions.map((p) => [p.party, { id: p.party, name: p.partyName }])).values()];
  const questions = [...new Set(story.positions.map((p) => p.question))];
  return { parties, questions, cell: (party, question) => story.positions.find((p) => p.party === party && p.question === question) };
}

export const sentenceCase = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

/** A date ("2014", "2014-03", "2014-03-16") as a year with a fraction, for placing it on the scale. */
export function yearOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

export interface TimelineScale {
  /** Every year from the first event's to the last's, each with its place on the scale (0-1). */
  years: { year: number; at: number; events: TimelineEvent[] }[];
  /** Where an event sits on the scale (0-1). */
  at(date: string): number;
}

export function timelineScale(events: TimelineEvent[]): TimelineScale {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) return { years: [], at: () => 0 };
  const first = Math.floor(yearOf(sorted[0]!.date));
  const last = Math.floor(yearOf(sorted.at(-1)!.date)) + 1;
  const at = (date: string) => (yearOf(date) - first) / (last - first);
  const years = Array.from({ length: last - first }, (_, i) => first + i).map((year) => ({
    year,
    at: (year - first) / (last - first),
    events: sorted.filter((event) => Math.floor(yearOf(event.date)) === year),
  }));
  return { years, at };
}
