import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SeedSource } from './compile-seeds.ts';

/** Every seed file under `dir` (seeds/schema/ holds the JSON Schemas, not seeds). */
export function readSeeds(dir: string, root = process.cwd()): SeedSource[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json') && !join(d.parentPath, d.name).includes(`${join(dir, 'schema')}`))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}
