import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { compileMatcher, findMentions, type Matcher } from '../../../src/matcher/index.ts';
import type { AliasIndex, EntityKind } from '../../../src/shared/alias-index.ts';

export const PERSON: EntityKind = 'person';

/** A hand-made index: entity ids, then [alias, entity id, flags]. */
export function makeIndex(
  entities: [string, EntityKind][],
  aliases: [string, string, number?][],
  givenNames: string[] = [],
): AliasIndex {
  const position = new Map(entities.map(([id], i) => [id, i]));
  return {
    entities: entities.map(([id, kind]) => [id, kind, 'specific']),
    aliases: aliases.map(([text, id, flags]) => {
      const entity = position.get(id);
      if (entity === undefined) throw new Error(`no entity ${id}`);
      return [text, entity, flags ?? 0];
    }),
    givenNames,
  };
}

/** The mentions as [text as found, entity id]: what a reader checks; `language` is the text's (see startBlock). */
export function found(index: AliasIndex, text: string, language = ''): [string, string][] {
  return findMentions(compileMatcher(index), text, language).map(({ start, end, entity }) => [
    text.slice(start, end),
    index.entities[entity]![0],
  ]);
}

/** A tiny deterministic generator, so generated tests are reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

let seeds: { index: AliasIndex; matcher: Matcher } | undefined;

/** The matcher of the project's own seeds (seeds/), compiled once. */
export function seedsMatcher(): { index: AliasIndex; matcher: Matcher } {
  if (!seeds) {
    const index = compileSeeds(readSeeds('seeds')).aliasIndex;
    seeds = { index, matcher: compileMatcher(index) };
  }
  return seeds;
}

/** The mentions by the project's own seeds, as [text as found, entity id]. */
export function foundBySeeds(text: string, language = ''): [string, string][] {
  const { index, matcher } = seedsMatcher();
  return findMentions(matcher, text, language).map(({ start, end, entity }) => [text.slice(start, end), index.entities[entity]![0]]);
}
