// A hedge the sources keep stays with the claim it hedges. The story and the fact sheet say the US
// draft would recognise land as Russian "de facto", and that a video "purported" to show a flag raised:
// a brief that drops the hedge states as fact what no source does.
import type { Located } from './compile-seeds.ts';
import type { SeedProblem } from './seed-errors.ts';
import type { SeedEntity, SeedStory } from './seed-schema.ts';
import { entityStatements, storyStatements, type SeedStatement } from './seed-statements.ts';

interface HedgeRule {
  /** A clause that makes this kind of claim... */
  claim: RegExp;
  /** ...must carry one of these words. */
  hedge: RegExp;
  reason: string;
}

export const hedgeRules: HedgeRule[] = [
  {
    claim: /\b(recogni|accept|treat)\w*\b.*\bRussian\b/i,
    hedge: /\bde facto\b|\bin practice\b|\bon the ground\b/i,
    reason: 'says land would be accepted as Russian without "de facto" (or "in practice"), the sources\' own hedge',
  },
  {
    // "a video of ...", "footage showing ...", "a flag-raising video", "the filmed ...": it says what is in it.
    claim: /\b(video|footage)\b[^,;]*?\b(of|show\w*)\b|\b[\w-]+-(raising|planting|hoisting) (video|footage)\b|\bfilmed\b/i,
    hedge: /\bpurport|\bsaid to\b|\bmeant to\b|\bclaim|\bas proof\b/i,
    reason: 'says what a video shows without attributing it: the story only has it "purporting to show"',
  },
];

/** Clauses end at a full stop or a semicolon; "Gen." and the like split too, which only shortens a clause. */
const clauses = (text: string) => text.split(/[.;](?:\s|$)/);

export function hedgeProblems(file: string, entry: string, statements: SeedStatement[]): SeedProblem[] {
  return statements.flatMap(({ field, text }) =>
    hedgeRules
      .filter((rule) => clauses(text).some((clause) => rule.claim.test(clause) && !rule.hedge.test(clause)))
      .map((rule) => ({ file, entry, field, reason: rule.reason })),
  );
}

export function checkHedges(entities: Located<SeedEntity>[], stories: Located<SeedStory>[]): SeedProblem[] {
  return [
    ...entities.flatMap(({ file, value }) => hedgeProblems(file, value.id, entityStatements(value))),
    ...stories.flatMap(({ file, value }) => hedgeProblems(file, value.id, storyStatements(value))),
  ];
}
