import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, layerViolations, type SourceFile } from './import-layers.ts';

function sourceFiles(folder: string): SourceFile[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file).replace(/\\/g, '/'))
    .map((path) => ({ path, source: readFileSync(path, 'utf8') }));
}

describe('layers', () => {
  const files = sourceFiles('src');

  it('reads the imports of the real sources', () => {
    const loader = files.find((f) => f.path === 'src/content/load-matcher.ts')!;
    expect(importsOf(loader)).toContain('src/matcher/index.ts');
    expect(files.filter((f) => f.path.startsWith('src/matcher/')).length).toBeGreaterThan(5);
  });

  it('holds for every file in src/', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  it.each([
    ['src/content/x.ts', "import { y } from '../popup/y.ts';", 'never imports the popup'],
    ['src/content/card/x.ts', "const m = await import('../../ui/m.ts');", 'never imports the popup'],
    ['src/matcher/x.ts', "import { y } from '../shared/messages.ts';", 'imports only src/matcher'],
    ['src/matcher/x.ts', "import tables from 'backstory:matcher-tables';", 'imports only src/matcher'],
    ['src/matcher/x.ts', "export { y } from 'preact';", 'imports only src/matcher'],
    ['src/popup/x.tsx', "import { y } from '../build/y.ts';", 'never imports src/build'],
    ['src/shared/x.ts', "import type { Y } from '../build/seed-schema.ts';", 'never imports src/build'],
  ])('catches %s importing across a layer', (path, source, rule) => {
    expect(layerViolations([...files, { path, source }])).toEqual([expect.stringContaining(rule)]);
  });

  it('lets the matcher import the alias index and the build import anything', () => {
    const planted = [
      { path: 'src/matcher/x.ts', source: "import { AliasFlag } from '../shared/alias-index.ts';\nimport { at } from './packed.ts';" },
      { path: 'src/build/x.ts', source: "import { compileTables } from '../matcher/index.ts';\nimport { x } from '../content/x.ts';" },
    ];
    expect(layerViolations(planted)).toEqual([]);
  });
});
