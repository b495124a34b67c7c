// seeds/ are code: schema-checked, sorted, unique ids, formatted exactly as JSON.stringify writes them,
// and covering every named entity of the story.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { seedJsonSchemas } from '../../../src/build/seed-json-schemas.ts';

const sources = readSeeds('seeds');
const { bundle, aliasIndex } = compileSeeds(sources);

describe('seeds/', () => {
  it.each(sources.map((s) => [s.path, s.text]))('%s round-trips through JSON.stringify(…, null, 2)', (_path, text) => {
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it.each(sources.filter((s) => s.path.includes('/entities/')).map((s) => [s.path, s.text]))('%s lists its entities sorted by id', (_path, text) => {
    const ids = (JSON.parse(text) as { entities: { id: string }[] }).entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('has unique ids across files', () => {
    const ids = bundle.briefs.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps not-mentions.json sorted and unique', () => {
    const phrases = JSON.parse(readFileSync('seeds/not-mentions.json', 'utf8')) as string[];
    expect(phrases).toEqual([...new Set(phrases)].sort());
  });

  it('keeps given-names.json sorted, unique and lower-case', () => {
    const names = JSON.parse(readFileSync('seeds/given-names.json', 'utf8')) as string[];
    expect(names).toEqual([...new Set(names)].sort());
    expect(names.every((n) => n === n.toLowerCase())).toBe(true);
  });

  it('calls common exactly the names every reader knows (MOS:OVERLINK): major countries, capitals and their seats of power, world bodies, everyday terms', () => {
    const common = aliasIndex.entities.filter(([, , prominence]) => prominence === 'common').map(([id]) => id);
    expect(common.sort()).toEqual([
      'dublin', 'eastern-ukraine', 'europe', 'european-allies', 'france', 'full-scale-invasion-2022', 'international-observers', 'ireland',
      'kremlin', 'kyiv', 'moscow', 'nato', 'russia', 'russian-armed-forces', 'russo-ukrainian-war', 'ukraine', 'ukraine-armed-forces',
      'united-nations', 'united-states', 'washington', 'white-house',
    ]);
  });

  it('has JSON Schemas that match seed-schema.ts (npm run seeds:schema writes them)', () => {
    for (const [path, text] of Object.entries(seedJsonSchemas())) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });
});

describe('the brief bundle covers every named entity of the story', () => {
  const aliasesOf = (id: string) => aliasIndex.aliases.filter(([, entity]) => aliasIndex.entities[entity]![0] === id).map(([text]) => text);
  const expected: [id: string, kind: string, aliases: string[]][] = [
    ['putin', 'person', ['Vladimir Putin', 'Putin', 'Владимир Путин']],
    ['ushakov', 'person', ['Yury Ushakov', 'Yuri Ushakov', 'Ushakov']],
    ['witkoff', 'person', ['Steve Witkoff', 'Witkoff']],
    ['kushner', 'person', ['Jared Kushner', 'Kushner']],
    ['trump', 'person', ['Donald Trump', 'Trump']],
    ['zelensky', 'person', ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy']],
    ['macron', 'person', ['Emmanuel Macron', 'Macron']],
    ['moscow', 'place', ['Moscow']],
    ['kremlin', 'place', ['Kremlin']],
    ['ukraine', 'place', ['Ukraine']],
    ['russia', 'place', ['Russia']],
    ['kyiv', 'place', ['Kyiv', 'Kiev']],
    ['dublin', 'place', ['Dublin']],
    ['ireland', 'place', ['Ireland']],
    ['washington', 'place', ['Washington']],
    ['europe', 'place', ['Europe']],
    ['donetsk', 'place', ['Donetsk']],
    ['luhansk', 'place', ['Luhansk', 'Lugansk']],
    ['crimea', 'place', ['Crimea']],
    ['pokrovsk', 'place', ['Pokrovsk']],
    ['vovchansk', 'place', ['Vovchansk', 'Volchansk']],
    ['kupiansk', 'place', ['Kupiansk', 'Kupyansk']],
    ['nato', 'organisation', ['NATO', 'Nato']],
    ['united-nations', 'organisation', ['UN', 'United Nations']],
    ['white-house', 'organisation', ['White House']],
    ['russian-defence-ministry', 'organisation', ["Russia's Ministry of Defence"]],
    ['ukraine-eastern-command', 'organisation', ["Ukraine's eastern military command"]],
    ['twenty-eight-point-plan', 'document', ['28-point plan', '28-point peace plan']],
    ['european-counter-proposal', 'document', ['European counter-proposal']],
    ['moscow-talks-2025', 'event', ['Kremlin talks', 'Moscow talks']],
    ['full-scale-invasion-2022', 'event', ['full-scale invasion']],
    ['ouster-2014', 'event', ['Euromaidan']],
    ['crimea-annexation-2014', 'event', ['annexation of Crimea']],
  ];

  it.each(expected)('%s (%s) with its aliases', (id, kind, aliases) => {
    const brief = bundle.briefs.find((b) => b.id === id);
    expect(brief?.kind).toBe(kind);
    expect(aliasesOf(id)).toEqual(expect.arrayContaining(aliases));
    expect(brief!.inStories.length).toBeGreaterThan(0);
    expect(brief!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives places coordinates and contested places the claims of each side', () => {
    for (const brief of bundle.briefs.filter((b) => b.kind === 'place')) expect(brief.place, brief.id).toBeDefined();
    const pokrovsk = bundle.briefs.find((b) => b.id === 'pokrovsk')!;
    expect(pokrovsk.claims.map((c) => c.by)).toEqual(expect.arrayContaining(['russian-defence-ministry', 'ukraine-eastern-command', 'international-observers']));
  });

  it('holds the story with key points, positions of each side, claims and a timeline from 2014', () => {
    const [story] = bundle.stories;
    expect(story?.date).toBe('2025-12-02');
    expect(new Set(story!.positions.map((p) => p.party))).toEqual(new Set(['russia', 'ukraine', 'united-states', 'europe']));
    expect(story!.contested.map((c) => c.place).sort()).toEqual(['kupiansk', 'pokrovsk', 'vovchansk']);
    expect(story!.timeline[0]!.date.startsWith('2014')).toBe(true);
  });
});
