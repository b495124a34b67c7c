// Reading what the seeds cite: the story text and the reference fact sheet. Test-only: the build
// never reads either, so neither can reach the bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** [headline, paragraph 1, …, paragraph `count`]: the headline is the first line, then the non-empty lines. */
export function storyParagraphs(text: string, count: number): string[] {
  const [headline = '', ...rest] = text.split('\n').map((line) => line.trim());
  return [headline, ...rest.filter((line) => line.length > 0).slice(0, count)];
}

export interface FactSheetRecord {
  text: string;
  confidence: string;
}

interface SheetEntity {
  summary_facts?: { text: string; confidence: string; source: string }[];
  population_prewar?: { value: string; confidence: string; source: string | null };
}
interface SheetEvent {
  event: string;
  confidence: string;
  source: string;
}

/** Every record of the fact sheet, by the source it names. */
export function factSheetRecords(dir: string): Map<string, FactSheetRecord[]> {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  const records = new Map<string, FactSheetRecord[]>();
  const add = (source: string | null | undefined, text: string, confidence: string) => {
    if (source) records.set(source, [...(records.get(source) ?? []), { text, confidence }]);
  };
  for (const entity of read<SheetEntity[]>('entities.json')) {
    for (const fact of entity.summary_facts ?? []) add(fact.source, fact.text, fact.confidence);
    const population = entity.population_prewar;
    if (population) add(population.source, population.value, population.confidence);
  }
  for (const event of read<SheetEvent[]>('timeline.json')) add(event.source, event.event, event.confidence);
  return records;
}

/**
 * The phrases a text puts in single quotes. An apostrophe inside a word ("Russia's") neither opens
 * nor closes one.
 */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/(?<!\p{L})'(.+?)'(?!\p{L})/gu)].map((match) => match[1]!);
}
