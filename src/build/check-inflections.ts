// The checks on declining aliases a schema cannot make: the pattern exists for the alias's language,
// the stem can be found, and no form it gives is another entity's name.
import { inflectedForms, patternOf, stemOf, type InflectionTables } from '../shared/inflection.ts';
import type { Located } from './compile-seeds.ts';
import type { SeedProblem } from './seed-errors.ts';
import type { SeedEntity } from './seed-schema.ts';

export function checkInflections(entities: Located<SeedEntity>[], { file: tablesFile, value: tables }: Located<InflectionTables>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const owners = new Map(entities.flatMap(({ value }) => value.aliases.map((a) => [typeof a === 'string' ? a : a.text, value.id] as const)));
  for (const { file, value } of entities) {
    value.aliases.forEach((alias, i) => {
      if (typeof alias === 'string' || alias.inflect === undefined) return;
      const field = `aliases[${i}].inflect`;
      const pattern = patternOf(tables, alias.lang, alias.inflect);
      if (!pattern) {
        const known = Object.keys(tables[alias.lang] ?? {});
        problems.push({ file, entry: value.id, field, reason: `no pattern "${alias.inflect}" for "${alias.lang}" in ${tablesFile}${known.length ? ` (it has ${known.join(', ')})` : ''}` });
        return;
      }
      if (stemOf(alias, pattern) === undefined) {
        problems.push({ file, entry: value.id, field, reason: `"${alias.text}" does not end in "${pattern.strip}", which pattern "${alias.inflect}" strips: give its "stem"` });
        return;
      }
      for (const form of inflectedForms(alias, pattern)) {
        const owner = owners.get(form);
        if (owner !== undefined && owner !== value.id) problems.push({ file, entry: value.id, field, reason: `its form "${form}" is a name of "${owner}"` });
      }
    });
  }
  return problems;
}
