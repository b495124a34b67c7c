import type { Brief, BriefBundle, Claim, LocalName, StoryBrief } from '../shared/briefs.ts';
import { inflectedForms, patternOf, type InflectionTables } from '../shared/inflection.ts';
import type { SeedAlias, SeedEntity, SeedStory } from './seed-schema.ts';

/**
 * Joins each entity with what every story says about it. Entities come sorted by id. Sources stay in
 * seeds/ for checking: the bundle carries what a reader sees, and the forms of each declining name, to search.
 */
export function makeBundle(entities: SeedEntity[], stories: SeedStory[], inflections: InflectionTables = {}): BriefBundle {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const claim = (c: SeedStory['contested'][number]['claims'][number]): Claim => ({ ...c, byName: nameOf(c.by) });

  const briefs = entities.map(
    (e): Brief => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases.flatMap((a) => (typeof a === 'string' ? [a] : a.lang === 'en' ? [a.text] : [])),
      ...namesInLanguages(e, inflections),
      summary: e.summary,
      facts: e.facts.map((f) => f.text),
      asOf: e.asOf,
      inStories: stories.flatMap((s) => (s.mentions[e.id] ? [{ storyId: s.id, statements: s.mentions[e.id]! }] : [])),
      quotes: stories.flatMap((s) =>
        s.quotes
          .filter((q) => q.speaker === e.id || q.about.includes(e.id))
          .map(({ about: _about, ...q }) => ({ ...q, speakerName: nameOf(q.speaker), storyId: s.id })),
      ),
      related: e.related.map((id) => ({ id, name: nameOf(id) })),
      ...(e.place ? { place: e.place } : {}),
      claims: stories.flatMap((s) => s.contested.filter((c) => c.place === e.id).flatMap((c) => c.claims.map(claim))),
      notes: e.notes.map(({ date, text }) => ({ date, text })),
    }),
  );

  const storyBriefs = stories.map(
    (s): StoryBrief => ({
      id: s.id,
      title: s.title,
      date: s.date,
      source: s.source,
      keyPoints: s.keyPoints,
      positions: s.positions.map(({ source: _source, ...p }) => ({ ...p, partyName: nameOf(p.party) })),
      contested: s.contested.map((c) => ({ place: c.place, placeName: nameOf(c.place), claims: c.claims.map(claim) })),
      timeline: s.timeline.map(({ date, text, entities }) => ({ date, text, entities })).sort((a, b) => a.date.localeCompare(b.date)),
    }),
  );
  return { stories: storyBriefs.sort((a, b) => b.date.localeCompare(a.date)), briefs };
}

/** The aliases in other languages with their forms, native names (also aliases, as a rule) apart: each name is in the bundle once. */
function namesInLanguages(entity: SeedEntity, inflections: InflectionTables): Pick<Brief, 'nativeNames' | 'localNames'> {
  const names = entity.aliases.flatMap((a) => (typeof a === 'string' || a.lang === 'en' ? [] : [localName(a, inflections)]));
  const isNative = ([lang, text]: LocalName) => entity.nativeNames.some((n) => n.lang === lang && n.text === text);
  return {
    nativeNames: entity.nativeNames.map(({ lang, text }) => names.find((name) => name[0] === lang && name[1] === text) ?? [lang, text]),
    localNames: names.filter((name) => !isNative(name)),
  };
}

function localName(alias: Exclude<SeedAlias, string>, inflections: InflectionTables): LocalName {
  const pattern = alias.inflect === undefined ? undefined : patternOf(inflections, alias.lang, alias.inflect);
  return [alias.lang, alias.text, ...(pattern ? inflectedForms(alias, pattern) : [])];
}
