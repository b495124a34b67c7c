// Every sentence a reader sees in a seed, with the field it sits in and where it says it comes from,
// so that wording rules can walk them all in one loop.
import type { SeedEntity, SeedStory } from './seed-schema.ts';

export interface SeedStatement {
  /** e.g. `facts[2].text`, `mentions.luhansk[0].text` */
  field: string;
  text: string;
  /** Story paragraphs it cites; empty for a fact-sheet source or a summary. */
  paragraphs: number[];
  /** The story those paragraphs belong to. */
  story?: string;
  /** The fact sheet's source, when it names one. */
  factSheet?: string;
}

type Source = { paragraph?: number; factSheet?: string; story?: string };

function sourced(field: string, text: string, source: Source, inStory?: string): SeedStatement {
  const story = source.story ?? inStory;
  return {
    field,
    text,
    paragraphs: source.paragraph === undefined ? [] : [source.paragraph],
    ...(story ? { story } : {}),
    ...(source.factSheet ? { factSheet: source.factSheet } : {}),
  };
}

export function entityStatements(entity: SeedEntity): SeedStatement[] {
  return [
    { field: 'summary', text: entity.summary, paragraphs: [] },
    ...entity.facts.map((f, i) => sourced(`facts[${i}].text`, f.text, f.source)),
    ...entity.notes.map((n, i) => sourced(`notes[${i}].text`, n.text, n.source)),
  ];
}

/** The story's own words about itself, its sides, claims and entities; quotes are checked apart. */
export function storyStatements(story: SeedStory): SeedStatement[] {
  const cited = (field: string, text: string, paragraphs: number[]): SeedStatement => ({ field, text, paragraphs, story: story.id });
  return [
    ...story.keyPoints.map((p, i) => cited(`keyPoints[${i}].text`, p.text, p.paragraphs)),
    ...story.positions.map((p, i) => (p.source ? sourced(`positions[${i}].text`, p.text, p.source) : cited(`positions[${i}].text`, p.text, p.paragraphs))),
    ...story.contested.flatMap((c, i) => c.claims.map((claim, j) => cited(`contested[${i}].claims[${j}].text`, claim.text, claim.paragraphs))),
    ...story.timeline.map((t, i) => sourced(`timeline[${i}].text`, t.text, t.source, story.id)),
    ...Object.entries(story.mentions).flatMap(([id, list]) => list.map((m, i) => cited(`mentions.${id}[${i}].text`, m.text, m.paragraphs))),
  ];
}
