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
    const scanner = files.find((f) => f.path === 'src/content/scanner.ts')!;
    expect(importsOf(scanner)).toContain('src/matcher/index.ts');
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

  it('keeps the session out of content.js: its entry reaches the session, the matcher and the tables only by importing session.js', () => {
    // Type-only imports are erased from the bundle.
    const runtime = (file: SourceFile) => ({ ...file, source: file.source.replace(/^\s*import type [^;]*;/gm, '').replace(/typeof import\([^)]*\)/g, '') });
    const byPath = new Map(files.map((file) => [file.path, runtime(file)]));
    const reachedFrom = (entry: string) => {
      const reached = new Set([entry]);
      for (const path of reached) for (const target of importsOf(byPath.get(path) ?? { path, source: '' })) reached.add(target);
      return [...reached];
    };
    expect(reachedFrom('src/content/index.ts')).toContain('src/content/mention-gate.ts');
    expect(reachedFrom('src/content/index.ts').filter((path) => ['src/content/session.ts', 'src/matcher/index.ts', 'backstory:matcher-tables'].includes(path))).toEqual([]);
    // The other way round: session.js gets the one guarded send and the one prefilter from content.js, never copies of its own.
    expect(reachedFrom('src/content/session-module.ts')).toContain('src/content/session.ts');
    expect(reachedFrom('src/content/session-module.ts').filter((path) => ['src/content/extension-api.ts', 'src/content/may-mention.ts', 'src/matcher/prefilter.ts'].includes(path))).toEqual([]);
  });

  it('lets the matcher import the alias index and the build import anything', () => {
    const planted = [
      { path: 'src/matcher/x.ts', source: "import { AliasFlag } from '../shared/alias-index.ts';\nimport { at } from './packed.ts';" },
      { path: 'src/build/x.ts', source: "import { compileTables } from '../matcher/index.ts';\nimport { x } from '../content/x.ts';" },
    ];
    expect(layerViolations(planted)).toEqual([]);
  });
});
