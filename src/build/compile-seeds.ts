// seeds/ -> the brief bundle and the content script's alias index. A pure function of the files' text:
// it reports every problem it finds at once, and returns output only when there is none.
import { z } from 'zod';
import type { AliasIndex } from '../shared/alias-index.ts';
import type { BriefBundle } from '../shared/briefs.ts';
import { checkHedges } from './check-hedges.ts';
import { checkNotMentions, checkReferences } from './check-references.ts';
import { makeAliasIndex } from './make-alias-index.ts';
import { makeBundle } from './make-bundle.ts';
import { entity, givenNamesFile, inflectionsFile, nameContextsFile, notMentionsFile, story, type SeedEntity, type SeedStory } from './seed-schema.ts';
import type { NameContexts } from '../shared/alias-index.ts';
import type { InflectionTables } from '../shared/inflection.ts';
import { checkInflections } from './check-inflections.ts';
import { problemsFromZod, SeedError, type SeedProblem } from './seed-errors.ts';

export interface SeedSource {
  /** Relative to the project, e.g. seeds/entities/people.json */
  path: string;
  text: string;
}

export interface Located<T> {
  file: string;
  value: T;
}

export interface CompiledSeeds {
  bundle: BriefBundle;
  aliasIndex: AliasIndex;
}

const envelope = {
  entities: z.looseObject({ entities: z.array(z.unknown()).min(1) }),
  story: z.looseObject({ story: z.unknown() }),
};

/** Throws a SeedError listing every problem when the seeds are not valid. */
export function compileSeeds(sources: SeedSource[]): CompiledSeeds {
  const problems: SeedProblem[] = [];
  const entities: Located<SeedEntity>[] = [];
  const stories: Located<SeedStory>[] = [];
  // The two flat lists beside the entities and stories, each with the file it came from.
  const lists = { 'given-names.json': { schema: givenNamesFile, file: '', values: [] as string[] }, 'not-mentions.json': { schema: notMentionsFile, file: '', values: [] as string[] } };
  /** Ids of entities and stories that failed validation too, so that references to them are not reported as well. */
  const declaredIds = new Set<string>();
  const declaredStories = new Set<string>();
  /** seeds/name-contexts.json, if there is one. */
  let contexts: NameContexts | undefined;
  /** seeds/inflections.json, if there is one. */
  let inflections: Located<InflectionTables> = { file: 'seeds/inflections.json', value: {} };

  for (const { path: file, text } of sources) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({ file, entry: '(file)', field: '(file)', reason: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const list = Object.entries(lists).find(([name]) => file.endsWith(name))?.[1];
    if (file.endsWith('inflections.json')) {
      const parsed = inflectionsFile.safeParse(json);
      if (parsed.success) inflections = { file, value: parsed.data.languages };
      else problems.push(...problemsFromZod(file, '(file)', parsed.error));
    } else if (file.endsWith('name-contexts.json')) {
      const parsed = nameContextsFile.safeParse(json);
      if (parsed.success) contexts = withoutSchema(parsed.data);
      else problems.push(...problemsFromZod(file, '(file)', parsed.error));
    } else if (list) {
      const parsed = list.schema.safeParse(json);
      list.file = file;
      if (parsed.success) list.values = parsed.data;
      else problems.push(...problemsFromZod(file, '(file)', parsed.error));
    } else if (/(^|\/)entities\//.test(file)) {
      const parsed = envelope.entities.safeParse(json);
      if (!parsed.success) {
        problems.push(...problemsFromZod(file, '(file)', parsed.error));
        continue;
      }
      parsed.data.entities.forEach((raw, position) => {
        const result = entity.safeParse(raw);
        const entry = entryName(raw, position);
        declaredIds.add(entry);
        if (result.success) entities.push({ file, value: result.data });
        else problems.push(...problemsFromZod(file, entry, result.error));
      });
    } else if (/(^|\/)stories\//.test(file)) {
      const parsed = envelope.story.safeParse(json);
      const result = story.safeParse(parsed.success ? parsed.data.story : undefined);
      const entry = entryName(parsed.data?.story, 0);
      declaredStories.add(entry);
      if (result.success) stories.push({ file, value: result.data });
      else problems.push(...problemsFromZod(file, entry, result.error, ['story']));
    } else {
      problems.push({ file, entry: '(file)', field: '(file)', reason: 'not a seed file: put entities in seeds/entities/ and stories in seeds/stories/' });
    }
  }

  if (declaredStories.size === 0) problems.push({ file: 'seeds/stories/', entry: '(none)', field: '(file)', reason: 'no story found' });
  // With a file unreadable, every reference into it would be reported as well: only noise.
  const unreadable = problems.some((p) => p.reason.startsWith('not valid JSON'));
  if (!unreadable) problems.push(...checkReferences(entities, stories, declaredIds, declaredStories), ...checkNotMentions(entities, lists['not-mentions.json']), ...checkHedges(entities, stories), ...checkInflections(entities, inflections));
  if (problems.length > 0) throw new SeedError(problems);

  const sorted = entities.map((e) => e.value).sort((a, b) => a.id.localeCompare(b.id));
  const storyValues = stories.map((s) => s.value);
  return { bundle: makeBundle(sorted, storyValues, inflections.value), aliasIndex: makeAliasIndex(sorted, { givenNames: lists['given-names.json'].values, notMentions: lists['not-mentions.json'].values, contexts, inflections: inflections.value }) };
}

function withoutSchema({ $schema: _, ...contexts }: NameContexts & { $schema?: string }): NameContexts {
  return contexts;
}

function entryName(raw: unknown, position: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : `#${position}`;
}
