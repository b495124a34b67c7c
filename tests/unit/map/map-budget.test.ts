// What the map adds to the popup: its components and backstory:map, minified as the build does,
// without Preact (the popup has it already). Issue 8 gives it 60 KB.
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seedPlugin } from '../../../src/build/seed-plugin.ts';

describe('the map bundle', () => {
  it('adds less than 60 KB, minified, to the popup', async () => {
    const result = await esbuild.build({
      entryPoints: ['src/ui/map/MapView.tsx'],
      bundle: true,
      minify: true,
      format: 'esm',
      target: ['chrome120', 'firefox140'],
      jsx: 'automatic',
      jsxImportSource: 'preact',
      loader: { '.css': 'text' },
      external: ['preact', 'preact/*'],
      plugins: [seedPlugin(resolve('seeds'))],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    console.log(`map: ${code.length} bytes minified, ${gzipSync(code, { level: 9 }).length} gzip`);
    expect(code.length).toBeGreaterThan(10_000);
    expect(code.length).toBeLessThan(60 * 1024);
  });
});
