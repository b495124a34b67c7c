// npm run build: seeds + TypeScript -> dist/, which loads unpacked in Chrome and as a temporary add-on in Firefox.
// `--watch` rebuilds on every change (web-ext run reloads the extension); `--seeds DIR` and `--outdir DIR`
// build from other seeds or into another folder (the tests use them).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seedPlugin } from './seed-plugin.ts';

const { values: args } = parseArgs({ options: { watch: { type: 'boolean' }, seeds: { type: 'string' }, outdir: { type: 'string' } } });
const dist = resolve(args.outdir ?? 'dist');

const options: esbuild.BuildOptions = {
  entryPoints: {
    background: 'src/background/index.ts',
    content: 'src/content/index.ts',
    popup: 'src/popup/index.tsx',
    options: 'src/options/index.tsx',
  },
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  outdir: dist,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'text' },
  plugins: [seedPlugin(resolve(args.seeds ?? 'seeds')), writeAtomically()],
  logLevel: 'warning',
  write: false,
};

const staticFiles = ['manifest.json', 'src/popup/popup.html', 'src/options/options.html', 'src/shared/page.css', 'src/content/highlights.css', 'icons'];

/** Writes dist/ only when the whole build succeeded: into a fresh folder, swapped in at the end. */
function writeAtomically(): esbuild.Plugin {
  return {
    name: 'write-atomically',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0 || !result.outputFiles) return;
        const next = `${dist}.next`;
        rmSync(next, { recursive: true, force: true });
        for (const file of result.outputFiles) {
          const target = join(next, relative(dist, file.path));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.contents);
        }
        for (const path of staticFiles) {
          cpSync(path, join(next, path.startsWith('src/') ? path.split('/').pop()! : path), { recursive: true, filter: (p) => !p.endsWith('.svg') });
        }
        rmSync(dist, { recursive: true, force: true });
        renameSync(next, dist);
        const sizes = result.outputFiles.map((f) => `${relative(dist, f.path)} ${(f.contents.length / 1024).toFixed(1)} KB`);
        console.log(`built ${relative(process.cwd(), dist)}/: ${sizes.join(', ')}`);
      });
    },
  };
}

if (args.watch) {
  const context = await esbuild.context({ ...options, minify: false, sourcemap: 'inline' });
  await context.watch();
  console.log('watching src/ and seeds/ for changes');
} else {
  const result = await esbuild.build(options).catch(() => undefined);
  if (!result || result.errors.length > 0) {
    console.error(`build failed: ${relative(process.cwd(), dist)}/ was left as it was`);
    process.exit(1);
  }
}
