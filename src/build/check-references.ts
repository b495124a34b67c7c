// The checks a schema cannot make: unique ids, aliases claimed twice, references to entities
// or stories that do not exist, paragraphs beyond the story.
import type { Located } from './compile-seeds.ts';
import type { SeedProblem } from './seed-errors.ts';
import type { SeedEntity, SeedStory } from './seed-schema.ts';

export function checkReferences(entities: Located<SeedEntity>[], stories: Located<SeedStory>[], known: Set<string>, knownStories: Set<string>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const ids = new Map<string, string>();
  for (const { file, value } of entities) {
    const earlier = ids.get(value.id);
    if (earlier) problems.push({ file, entry: value.id, field: 'id', reason: `duplicate id: also defined in ${earlier}` });
    else ids.set(value.id, file);
    if (value.kind === 'place' && !value.place) problems.push({ file, entry: value.id, field: 'place', reason: 'missing field: a place needs lat, lon and region' });
    value.related.forEach((id, i) => {
      if (!known.has(id)) problems.push({ file, entry: value.id, field: `related[${i}]`, reason: `unknown entity id "${id}"` });
      if (id === value.id) problems.push({ file, entry: value.id, field: `related[${i}]`, reason: 'an entity cannot be related to itself' });
    });
  }
  problems.push(...checkAliases(entities, known));
  const storyIds = new Set<string>();
  for (const located of stories) {
    if (storyIds.has(located.value.id)) problems.push({ file: located.file, entry: located.value.id, field: 'id', reason: 'duplicate story id' });
    storyIds.add(located.value.id);
    problems.push(...checkStory(located, known));
  }
  problems.push(...checkFactSources(entities, stories, knownStories));
  return problems;
}

/** A fact or note that cites a story paragraph names a story that exists, and a paragraph it has. */
function checkFactSources(entities: Located<SeedEntity>[], stories: Located<SeedStory>[], known: Set<string>): SeedProblem[] {
  const lengths = new Map(stories.map((s) => [s.value.id, s.value.paragraphCount]));
  return entities.flatMap(({ file, value }) =>
    [...value.facts.map((f, i) => [`facts[${i}]`, f.source] as const), ...value.notes.map((n, i) => [`notes[${i}]`, n.source] as const)].flatMap(([field, source]) => {
      if (source.story === undefined || source.paragraph === undefined) return [];
      if (!known.has(source.story)) return [{ file, entry: value.id, field: `${field}.source.story`, reason: `unknown story id "${source.story}"` }];
      const count = lengths.get(source.story);
      return count !== undefined && source.paragraph > count ? [{ file, entry: value.id, field: `${field}.source.paragraph`, reason: `paragraph ${source.paragraph} is beyond the story (${count} paragraphs)` }] : [];
    }),
  );
}

function checkAliases(entities: Located<SeedEntity>[], ids: Set<string>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const claims = new Map<string, { file: string; id: string; field: string; winsOver: string[] }[]>();
  for (const { file, value } of entities) {
    const forms = [
      ...value.aliases.map((alias, i) => ({
        field: `aliases[${i}]`,
        ...(typeof alias === 'string'
          ? { text: alias, lang: 'en', winsOver: [], onlyWith: [] }
          : { text: alias.text, lang: alias.lang, winsOver: alias.winsOver ?? [], onlyWith: alias.onlyWith ?? [] }),
      })),
    ];
    const listed = new Set<string>();
    for (const form of forms) {
      const key = form.text.replace(/\s+/g, ' ');
      // The same text may be listed once per language: it declines differently in each.
      const own = `${form.lang}\u0000${key}`;
      const list = claims.get(key) ?? [];
      if (listed.has(own)) problems.push({ file, entry: value.id, field: form.field, reason: `alias "${key}" is listed twice for "${form.lang}"` });
      listed.add(own);
      if (!list.some((claim) => claim.id === value.id)) list.push({ file, id: value.id, field: form.field, winsOver: form.winsOver });
      claims.set(key, list);
      form.onlyWith.forEach((other, i) => {
        if (!ids.has(other)) problems.push({ file, entry: value.id, field: `${form.field}.onlyWith[${i}]`, reason: `unknown entity id "${other}"` });
      });
      form.winsOver.forEach((other, i) => {
        if (!ids.has(other)) problems.push({ file, entry: value.id, field: `${form.field}.winsOver[${i}]`, reason: `unknown entity id "${other}"` });
      });
    }
  }
  for (const [text, list] of claims) {
    if (list.length < 2) continue;
    const winners = list.filter((claim) => list.every((other) => other === claim || claim.winsOver.includes(other.id)));
    if (winners.length !== 1) {
      const [first, ...others] = list;
      if (!first) continue;
      problems.push({
        file: first.file,
        entry: first.id,
        field: first.field,
        reason: `alias "${text}" is also claimed by ${others.map((o) => `"${o.id}" (${o.file})`).join(', ')}; write { "text": "${text}", "winsOver": [...] } on the one that should win`,
      });
    }
  }
  return problems;
}

function checkStory({ file, value: story }: Located<SeedStory>, ids: Set<string>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const entry = story.id;
  const entity = (field: string, id: string) => {
    if (!ids.has(id)) problems.push({ file, entry, field, reason: `unknown entity id "${id}"` });
  };
  const paragraph = (field: string, n: number) => {
    if (n > story.paragraphCount) problems.push({ file, entry, field, reason: `paragraph ${n} is beyond the story (${story.paragraphCount} paragraphs)` });
  };
  const paragraphs = (field: string, list: number[]) => list.forEach((n, i) => paragraph(`${field}.paragraphs[${i}]`, n));

  story.keyPoints.forEach((point, i) => paragraphs(`keyPoints[${i}]`, point.paragraphs));
  story.positions.forEach((position, i) => {
    entity(`positions[${i}].party`, position.party);
    paragraphs(`positions[${i}]`, position.paragraphs);
  });
  story.contested.forEach((place, i) => {
    entity(`contested[${i}].place`, place.place);
    place.claims.forEach((claim, j) => {
      entity(`contested[${i}].claims[${j}].by`, claim.by);
      paragraphs(`contested[${i}].claims[${j}]`, claim.paragraphs);
    });
  });
  story.timeline.forEach((event, i) => {
    event.entities.forEach((id, j) => entity(`timeline[${i}].entities[${j}]`, id));
    if (event.source.paragraph !== undefined) paragraph(`timeline[${i}].source.paragraph`, event.source.paragraph);
  });
  for (const [id, statements] of Object.entries(story.mentions)) {
    entity(`mentions.${id}`, id);
    statements.forEach((statement, i) => paragraphs(`mentions.${id}[${i}]`, statement.paragraphs));
  }
  story.quotes.forEach((quote, i) => {
    entity(`quotes[${i}].speaker`, quote.speaker);
    quote.about.forEach((id, j) => entity(`quotes[${i}].about[${j}]`, id));
    paragraphs(`quotes[${i}]`, quote.paragraphs);
  });
  return problems;
}

/** A phrase that is never a mention must not be an alias as well. */
export function checkNotMentions(entities: Located<SeedEntity>[], { file, values: phrases }: { file: string; values: string[] }): SeedProblem[] {
  const aliases = new Map(entities.flatMap(({ value }) => value.aliases.map((a) => [typeof a === 'string' ? a : a.text, value.id] as const)));
  return phrases.flatMap((phrase, i) => {
    const owner = aliases.get(phrase);
    return owner ? [{ file, entry: phrase, field: `[${i}]`, reason: `is also an alias of "${owner}"` }] : [];
  });
}
