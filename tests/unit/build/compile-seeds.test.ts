import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSeeds, type SeedSource } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { formatProblem, SeedError, type SeedProblem } from '../../../src/build/seed-errors.ts';

const fixtures = 'tests/fixtures/seeds';
const asSeeds = (dir: string): SeedSource[] => readSeeds(dir, dir).map((s) => ({ ...s, path: `seeds/${s.path}` }));

/** The valid fixture with a bad case's files in place of the ones they name. */
function sourcesFor(badCase?: string): SeedSource[] {
  const replaced = new Map(badCase ? asSeeds(`${fixtures}/bad/${badCase}`).map((s) => [s.path, s]) : []);
  const valid = asSeeds(`${fixtures}/valid`);
  const added = [...replaced.values()].filter((s) => !valid.some((v) => v.path === s.path));
  return [...valid.map((s) => replaced.get(s.path) ?? s), ...added];
}

function problemsOf(sources: SeedSource[]): SeedProblem[] {
  try {
    compileSeeds(sources);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  throw new Error('expected the seeds to be rejected');
}

describe('compileSeeds', () => {
  it('compiles the valid fixture into briefs and an alias index', () => {
    const { bundle, aliasIndex } = compileSeeds(sourcesFor());
    expect(bundle.briefs.map((b) => b.id)).toEqual(['ada', 'testville', 'testville-talks']);
    const ada = bundle.briefs[0]!;
    expect(ada.inStories).toEqual([{ storyId: 'test-story', statements: [{ text: 'Ada led the talks.', paragraphs: [0, 1] }] }]);
    expect(ada.quotes[0]).toMatchObject({ text: 'a lot of work', speakerName: 'Ada Example' });
    expect(ada.related).toEqual([{ id: 'testville', name: 'Testville' }]);
    expect(bundle.briefs[1]!.claims).toEqual([{ by: 'ada', byName: 'Ada Example', text: 'Ada says she holds the square.', date: '2025-12-01', paragraphs: [3] }]);
    expect(bundle.briefs[1]!.quotes).toHaveLength(1);
    expect(aliasIndex.entities).toEqual([['ada', 'person', 'specific'], ['testville', 'place', 'common'], ['testville-talks', 'event', 'specific']]);
    expect(aliasIndex.givenNames).toEqual(['josh', 'melania']);
    expect(aliasIndex.inflections).toEqual([['ru', ['', 'а', 'у']]]);
  });

  it('gives each brief its English aliases, and its names in other languages with the forms their pattern declines them into, native ones apart', () => {
    const [ada] = compileSeeds(sourcesFor()).bundle.briefs;
    expect(ada!.aliases).toEqual(['Ada Example', 'Example']);
    expect(ada!.nativeNames).toEqual([['ru', 'Ада Пример']]);
    expect(ada!.localNames).toEqual([['ru', 'Пример', 'Примера', 'Примеру']]);
  });

  it('keeps sources in seeds/ and gives the bundle only what a reader sees', () => {
    const { bundle } = compileSeeds(sourcesFor());
    expect(bundle.briefs[0]!.facts).toEqual(['Born in a test.', 'Lives in a fixture.']);
    const [story] = bundle.stories;
    expect(story!.timeline).toEqual([{ date: '2025-12-02', text: 'The talks.', entities: ['testville-talks'] }]);
    expect(story!.positions[1]).toEqual({ party: 'testville', partyName: 'Testville', question: 'territory', text: 'From the fact sheet: Testville wants it back.', paragraphs: [] });
  });

  it('gives a shared alias to the entity that wins it, and flags one-word person aliases as surnames', () => {
    const { aliasIndex } = compileSeeds(sourcesFor());
    expect(aliasIndex.aliases).toEqual([
      ['Ada Example', 0, 0],
      ['Example', 0, 2],
      ['Ада Пример', 0, 0],
      ['Пример', 0, 2],
      ['Пример', 0, 2, [], ['Пример', 0]],
      ['Testville', 1, 0],
      ['Testville talks', 2, 0],
    ]);
  });

  it('gives an alias that needs company its companions, and the index the name contexts', () => {
    const sources = sourcesFor('only-with-unknown-id').map((s) => ({ ...s, text: s.text.replace('"atlantis"', '"ada"') }));
    const contexts = { longerNameBefore: [], longerNameAfter: ['County'], otherTitles: ['Ms'], usStates: ['Idaho'], stateBefore: [], stateAfter: [], pronouns: [], pronounVerbs: [], pronounEnds: [] };
    const { aliasIndex } = compileSeeds([...sources, { path: 'seeds/name-contexts.json', text: JSON.stringify(contexts) }]);
    expect(aliasIndex.aliases).toContainEqual(['Old Testville', 1, 0, [0]]);
    expect(aliasIndex.contexts).toEqual(contexts);
  });

  const cases: [string, Partial<SeedProblem>][] = [
    ['missing-field', { file: 'seeds/entities/people.json', entry: 'ada', field: 'summary', reason: 'missing field' }],
    ['unknown-field', { file: 'seeds/entities/people.json', entry: 'ada', field: 'nickname', reason: 'unknown field' }],
    ['duplicate-id', { file: 'seeds/entities/places.json', entry: 'ada', field: 'id', reason: 'duplicate id: also defined in seeds/entities/people.json' }],
    ['alias-claimed-twice', { file: 'seeds/entities/places.json', entry: 'testville', field: 'aliases[0]' }],
    ['unknown-related-id', { file: 'seeds/entities/people.json', entry: 'ada', field: 'related[0]', reason: 'unknown entity id "atlantis"' }],
    ['unknown-quote-speaker', { file: 'seeds/stories/test-story.json', entry: 'test-story', field: 'quotes[0].speaker', reason: 'unknown entity id "nobody"' }],
    ['coordinates-out-of-range', { file: 'seeds/entities/places.json', entry: 'testville', field: 'place.lat', reason: 'latitude out of range' }],
    ['paragraph-beyond-story', { file: 'seeds/stories/test-story.json', entry: 'test-story', field: 'mentions.ada[0].paragraphs[1]' }],
    ['empty-summary', { file: 'seeds/entities/people.json', entry: 'ada', field: 'summary', reason: 'must not be empty' }],
    ['invalid-json', { file: 'seeds/entities/people.json', entry: '(file)' }],
    ['not-mention-is-an-alias', { file: 'seeds/not-mentions.json', entry: 'Example', field: '[0]', reason: 'is also an alias of "ada"' }],
    ['fact-without-source', { file: 'seeds/entities/people.json', entry: 'ada', field: 'facts[1].source', reason: 'missing field' }],
    ['fact-cites-unknown-story', { file: 'seeds/entities/people.json', entry: 'ada', field: 'facts[1].source.story', reason: 'unknown story id "another-story"' }],
    ['claim-without-date', { file: 'seeds/stories/test-story.json', entry: 'test-story', field: 'story.contested[0].claims[0].date', reason: 'missing field' }],
    ['position-without-source', { file: 'seeds/stories/test-story.json', entry: 'test-story', field: 'story.positions[0].paragraphs', reason: 'needs story paragraphs or a fact-sheet source, not both' }],
    ['hedge-dropped', { file: 'seeds/entities/places.json', entry: 'testville', field: 'summary' }],
    ['missing-prominence', { file: 'seeds/entities/people.json', entry: 'ada', field: 'prominence', reason: 'missing field' }],
    ['wrong-prominence', { file: 'seeds/entities/people.json', entry: 'ada', field: 'prominence', reason: 'must be "common" or "specific"' }],
    ['only-with-unknown-id', { file: 'seeds/entities/places.json', entry: 'testville', field: 'aliases[1].onlyWith[0]', reason: 'unknown entity id "atlantis"' }],
    ['inflect-unknown-pattern', { file: 'seeds/entities/people.json', entry: 'ada', field: 'aliases[3].inflect', reason: 'no pattern "feminine" for "ru" in seeds/inflections.json (it has masculine)' }],
    ['inflect-without-stem', { file: 'seeds/entities/people.json', entry: 'ada', field: 'aliases[3].inflect', reason: '"Пример" does not end in "а", which pattern "masculine" strips: give its "stem"' }],
    ['name-contexts-malformed', { file: 'seeds/name-contexts.json', entry: '(file)', field: 'usStates' }],
  ];

  it('has a fixture for every rejection case', () => {
    expect(readdirSync(`${fixtures}/bad`).sort()).toEqual([...cases.map(([name]) => name), 'many-problems'].sort());
  });

  it.each(cases)('rejects %s, naming file, entry and field', (badCase, expected) => {
    const problems = problemsOf(sourcesFor(badCase));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(expected);
    expect(formatProblem(problems[0]!)).toContain(expected.file!);
  });

  it('reports every problem at once, across files', () => {
    const problems = problemsOf(sourcesFor('many-problems'));
    expect(problems.map((p) => `${p.file} ${p.entry} ${p.field}`).sort()).toEqual([
      'seeds/entities/people.json ada facts',
      'seeds/entities/people.json ada place.lon',
      'seeds/stories/test-story.json test-story quotes[0].speaker',
    ]);
  });
});
