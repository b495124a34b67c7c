// Every statement in seeds/ checked against what it cites: the story's own paragraphs (read from
// ../shared/seeds/, never bundled) and the reference fact sheet in ../shared/reference/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { entity as entitySchema, story as storySchema } from '../../../src/build/seed-schema.ts';
import { entityStatements, storyStatements } from '../../../src/build/seed-statements.ts';
import { factSheetRecords, quotedPhrases, storyParagraphs } from './seed-references.ts';

const sources = readSeeds('seeds');
const { bundle, aliasIndex } = compileSeeds(sources);
const entities = sources.filter((s) => s.path.includes('/entities/')).flatMap((s) => (JSON.parse(s.text) as { entities: unknown[] }).entities.map((e) => entitySchema.parse(e)));
const stories = sources.filter((s) => s.path.includes('/stories/')).map((s) => storySchema.parse((JSON.parse(s.text) as { story: unknown }).story));

/** The text each seed story was written from. */
const storyFiles: Record<string, string> = { 'moscow-talks-2025-12-02': '../shared/seeds/000_521c59f5674e20e0.txt' };
const paragraphsOf = new Map(stories.map((s) => [s.id, storyParagraphs(readFileSync(storyFiles[s.id]!, 'utf8'), s.paragraphCount)]));
const records = factSheetRecords('../shared/reference');

const statements = [
  ...entities.flatMap((e) => entityStatements(e).map((s) => ({ ...s, where: `${e.id} ${s.field}` }))),
  ...stories.flatMap((story) => storyStatements(story).map((s) => ({ ...s, where: `${story.id} ${s.field}` }))),
];
const cited = (story: string | undefined, n: number) => paragraphsOf.get(story ?? '')?.[n] ?? '';

describe('every statement in seeds/ names where it comes from', () => {
  it('has the story text for every story, paragraph by paragraph', () => {
    for (const story of stories) {
      const paragraphs = paragraphsOf.get(story.id)!;
      expect(paragraphs, story.id).toHaveLength(story.paragraphCount + 1);
      expect(paragraphs.every((p) => p.trim().length > 0), story.id).toBe(true);
    }
  });

  it('gives every fact, note, timeline entry and position a story paragraph or a fact-sheet source', () => {
    const unsourced = statements.filter((s) => s.field !== 'summary' && s.paragraphs.length === 0 && !s.factSheet);
    expect(unsourced.map((s) => s.where)).toEqual([]);
  });

  it('cites only sources the fact sheet lists', () => {
    const unknown = statements.filter((s) => s.factSheet && !records.has(s.factSheet));
    expect(unknown.map((s) => `${s.where}: ${s.factSheet}`)).toEqual([]);
  });

  it('says so when a fact rests on a source the fact sheet rates medium only', () => {
    const unhedged = statements.filter(
      (s) => s.factSheet && records.get(s.factSheet)?.every((r) => r.confidence !== 'high') && !/unconfirmed|not confirmed|reportedly|reports? (say|said)/i.test(s.text),
    );
    expect(unhedged.map((s) => s.where)).toEqual([]);
  });

  it('gives every claim a claimant and a date', () => {
    const claims = bundle.stories.flatMap((s) => s.contested.flatMap((c) => c.claims));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => !c.by || !c.byName || !/^\d{4}-\d{2}-\d{2}$/.test(c.date ?? ''))).toEqual([]);
  });
});

describe('every quote is word for word what its source says', () => {
  const quotes = stories.flatMap((story) => story.quotes.map((q, i) => ({ story: story.id, field: `quotes[${i}]`, ...q })));

  it.each(quotes.map((q) => [`${q.story} ${q.field}`, q] as const))('%s appears verbatim in each paragraph it cites', (_where, quote) => {
    for (const n of quote.paragraphs) expect(cited(quote.story, n), `paragraph ${n}`).toContain(quote.text);
  });

  it('quotes a phrase inside a statement only as a paragraph it cites has it', () => {
    const misquoted = statements
      .filter((s) => s.paragraphs.length > 0)
      .flatMap((s) => quotedPhrases(s.text).filter((q) => !s.paragraphs.some((n) => cited(s.story, n).includes(q))).map((q) => `${s.where}: '${q}'`));
    expect(misquoted).toEqual([]);
  });

  it('quotes a phrase inside a background fact only as its fact-sheet source has it', () => {
    const misquoted = statements
      .filter((s) => s.factSheet && records.has(s.factSheet))
      .flatMap((s) => quotedPhrases(s.text).filter((q) => !records.get(s.factSheet!)!.some((r) => r.text.includes(q))).map((q) => `${s.where}: '${q}'`));
    expect(misquoted).toEqual([]);
  });
});

describe('the built bundle does not contain the story', () => {
  const built = JSON.stringify([bundle, aliasIndex]);
  const sentences = [...paragraphsOf.values()].flatMap((paragraphs) => paragraphs.flatMap((p) => p.split(/(?<=[.!?'])\s+(?=[A-Z])/))).filter((s) => s.length > 60);

  it('holds none of its long sentences', () => {
    expect(sentences.length).toBeGreaterThan(15);
    expect(sentences.filter((s) => built.includes(s))).toEqual([]);
  });

  it('repeats no run of eight words from it outside a marked quote', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
    const runs = (list: string[]) => list.slice(0, Math.max(0, list.length - 7)).map((_, i) => list.slice(i, i + 8).join(' '));
    const story = new Set([...paragraphsOf.values()].flat().flatMap((p) => runs(words(p))));
    const unquoted = statements.map((s) => quotedPhrases(s.text).reduce((text, q) => text.replace(`'${q}'`, ' … '), s.text));
    const copied = unquoted.flatMap((text) => text.split(' … ').flatMap((part) => runs(words(part)))).filter((run) => story.has(run));
    expect(copied).toEqual([]);
  });
});
