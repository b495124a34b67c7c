import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { seedJsonSchemas } from './seed-json-schemas.ts';

for (const [path, text] of Object.entries(seedJsonSchemas())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
