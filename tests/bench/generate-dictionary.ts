// The 5,000-entity dictionary: the real seeds plus made-up people and places, valid per
// src/build/seed-schema.ts, built into a dist/ of its own with the project's build.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedEntity } from '../../src/build/seed-schema.ts';
import { seededRandom, type Random } from './random.ts';

export const totalEntities = 5000;

type Alias = SeedEntity['aliases'][number];
const aliasText = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

export function readEntities(seedsDir: string): SeedEntity[] {
  const dir = join(seedsDir, 'entities');
  return readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { entities: SeedEntity[] }).entities);
}

/** Every text the matcher looks for in a seeds folder: aliases and native names. */
export function readAliasTexts(seedsDir: string): string[] {
  return [...new Set(readEntities(seedsDir).flatMap((e) => [...e.aliases.map(aliasText), ...(e.nativeNames ?? []).map((n) => n.text)]))];
}

const syllables = ['ka', 'lo', 'mir', 'va', 'den', 'sor', 'te', 'ran', 'bel', 'dro', 'vi', 'nas', 'tor', 'qui', 'zan', 'mar', 'ost', 'ri', 'gal', 'fen', 'lu', 'bra', 'kel', 'yo', 'dar', 'im', 'sev', 'ul'];
const surnameEndings = ['ov', 'enko', 'ski', 'ez', 'son', 'ard', 'elli', 'ak', 'ner', 'ou'];
const placeEndings = ['grad', 'ville', 'ovo', 'burg', 'port', 'ia', 'sk', 'heim'];

function word(random: Random, endings: string[]): string {
  let text = '';
  for (let i = random.int(2, 3); i > 0; i--) text += random.pick(syllables);
  text += random.chance(0.6) ? random.pick(endings) : '';
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Made-up entities whose alias texts are all unique, and unique against `taken`. */
export function makeEntities(count: number, taken: string[], seed = 5000): SeedEntity[] {
  const random = seededRandom(seed);
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const claim = (text: string) => text.length >= 5 && !used.has(text.toLowerCase()) && Boolean(used.add(text.toLowerCase()));
  const fresh = (make: () => string) => {
    for (;;) {
      const text = make();
      if (claim(text)) return text;
    }
  };
  const entities: SeedEntity[] = [];
  // Made up, so they cite no real source: a reserved domain stands in for one.
  const invented = (text: string) => ({ text, source: { factSheet: 'https://example.org/backstory-bench' } });
  for (let i = 0; i < count; i++) {
    const person = i % 2 === 0;
    const id = `bench-${person ? 'person' : 'place'}-${i}`;
    const base = { id, prominence: 'specific' as const, nativeNames: [], foldDiacritics: false, asOf: '2025-12-02', related: [], notes: [] };
    if (person) {
      const given = word(random, ['a', 'o', 'an', 'el']);
      const surname = fresh(() => word(random, surnameEndings));
      // The surname is unique, so the forms built on it are too.
      const aliases = [`${given} ${surname}`];
      if (random.chance(0.7)) aliases.push(surname);
      if (random.chance(0.3)) aliases.push(`${given} ${String.fromCharCode(65 + random.int(0, 25))}. ${surname}`);
      aliases.forEach(claim);
      entities.push({ ...base, name: aliases[0]!, kind: 'person', aliases, summary: 'A made-up person for the benchmark.', facts: [invented('Invented by tests/bench.'), invented('Appears in no news.')] });
    } else {
      const name = fresh(() => word(random, placeEndings));
      const aliases = [name];
      for (const form of [`${name} region`, `${name} Oblast`, `Port of ${name}`]) if (random.chance(0.4) && aliases.length < 3 && claim(form)) aliases.push(form);
      const place = { lat: random.int(-80, 80), lon: random.int(-170, 170), region: 'Nowhere in particular' };
      entities.push({ ...base, name, kind: 'place', aliases, place, summary: 'A made-up place for the benchmark.', facts: [invented('Invented by tests/bench.'), invented('On no map.')] });
    }
  }
  return entities;
}

/** Copies the real seeds into `seedsDir`, adds made-up entities up to `totalEntities`, builds into `outDir`. */
export function buildLargeDictionary(realSeeds: string, seedsDir: string, outDir: string): { aliases: string[]; madeUp: SeedEntity[] } {
  cpSync(realSeeds, seedsDir, { recursive: true });
  const real = readAliasTexts(seedsDir);
  const madeUp = makeEntities(totalEntities - readEntities(seedsDir).length, real);
  writeFileSync(join(seedsDir, 'entities', 'bench-generated.json'), JSON.stringify({ $schema: '../schema/entities.schema.json', entities: madeUp }, null, 1));
  try {
    execFileSync('npx', ['tsx', 'src/build/build.ts', '--seeds', seedsDir, '--outdir', outDir], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`building the ${totalEntities}-entity dictionary failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
  return { aliases: readAliasTexts(seedsDir), madeUp };
}
