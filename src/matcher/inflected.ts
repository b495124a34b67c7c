// Declining aliases: the automaton finds the stem, then one of its pattern's endings must end the
// word ("Путин" + "а"), and only where the text's language is the pattern's (src/shared/inflection.ts).
import type { BlockText } from './block-text.ts';
import type { Matcher } from './load.ts';
import { after, isWordAt } from './rules.ts';

export interface Inflection {
  language: string;
  /** Longest first, so "Путиным" is not cut at "Путин"; with their ALL CAPS forms, index for index. */
  endings: string[];
  capitals: string[];
}

/** Name pattern `number` of the tables, decoded the first time a stem of it is found. */
export function inflectionOf(m: Matcher, number: number): Inflection {
  const decoded = (m.inflections ??= []);
  let inflection = decoded[number];
  if (inflection === undefined) {
    const [language = '', ...endings] = m.tables.inflections.split('\n')[number]!.split('|');
    endings.sort((a, b) => b.length - a.length);
    inflection = { language, endings, capitals: endings.map((e) => e.toUpperCase()) };
    decoded[number] = inflection;
  }
  return inflection;
}

/** Where the word ends when the stem ending at `stemEnd` takes one of the endings; -1 if it takes none. */
export function formEnd(text: BlockText, stemEnd: number, { endings, capitals }: Inflection): number {
  for (let i = 0; i < endings.length; i++) {
    const ending = endings[i]!;
    if (ending.length > 0 && !text.startsWith(ending, stemEnd) && !text.startsWith(capitals[i]!, stemEnd)) continue;
    const end = stemEnd + ending.length;
    if (!isWordAt(text, after(text, end))) return end;
  }
  return -1;
}
