// npm run build: seeds + TypeScript -> dist/, which loads unpacked in Chrome and as a temporary add-on in Firefox.
// `--watch` rebuilds on every change (web-ext run reloads the extension); `--seeds DIR` and `--outdir DIR`
// build from other seeds or into another folder (the tests and the benchmark use them); `--canary`, only
// with `--outdir`, makes a test build whose content script throws once (tests/e2e/canary.e2e.test.ts).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { canaryPlugin } from './canary-plugin.ts';
import { compileAllOnLoad } from './compile-hints.ts';
import { seedPlugin } from './seed-plugin.ts';

const { values: args } = parseArgs({ options: { watch: { type: 'boolean' }, seeds: { type: 'string' }, outdir: { type: 'string' }, canary: { type: 'boolean' } } });
const dist = resolve(args.outdir ?? 'dist');
if (args.canary && dist === resolve('dist')) {
  console.error('--canary needs another --outdir: dist/ is always the real build');
  process.exit(1);
}

const common: esbuild.BuildOptions = {
  bundle: true,
  target: ['chrome120', 'firefox140'],
  minify: !args.watch,
  sourcemap: args.watch ? 'inline' : false,
  legalComments: 'none',
  charset: 'utf8',
  outdir: dist,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'text' },
  logLevel: 'warning',
  write: false,
};

const builds: esbuild.BuildOptions[] = [
  {
    ...common,
    entryPoints: { background: 'src/background/index.ts', content: 'src/content/index.ts', popup: 'src/popup/index.tsx', options: 'src/options/index.tsx', welcome: 'src/welcome/index.tsx' },
    format: 'iife',
    plugins: [seedPlugin(resolve(args.seeds ?? 'seeds')), ...(args.canary ? [canaryPlugin()] : [])],
  },
  // ES modules the content script imports on first use: the session (matcher, tables, marking), and the hover card.
  { ...common, entryPoints: { session: 'src/content/session-module.ts' }, format: 'esm', banner: compileAllOnLoad, plugins: [seedPlugin(resolve(args.seeds ?? 'seeds'))] },
  { ...common, entryPoints: { card: 'src/content/card/index.ts' }, format: 'esm' },
];

const staticFiles = [
  'manifest.json', 'src/popup/popup.html', 'src/options/options.html', 'src/welcome/welcome.html', 'src/shared/page.css', 'src/ui/sections.css', 'src/content/highlights.css', 'icons', '_locales',
];

const sizes = (files: esbuild.OutputFile[]) => files.map((f) => `${relative(dist, f.path)} ${(f.contents.length / 1024).toFixed(1)} KB`).join(', ');

/**
 * Chrome loads a content script only if it is UTF-8 with no noncharacter (base::IsStringUTF8): a lone surrogate or
 * a U+FFFF that reached a string literal would make it refuse the whole extension.
 */
function checkUtf8(file: esbuild.OutputFile) {
  const text = new TextDecoder().decode(file.contents);
  const bad = !Buffer.from(text).equals(Buffer.from(file.contents)) || /[\uFDD0-\uFDEF\uFFFE\uFFFF]/.test(text);
  if (bad) throw new Error(`${relative(dist, file.path)} is not UTF-8 that Chrome loads (a lone surrogate or a noncharacter)`);
}

function writeFiles(folder: string, files: esbuild.OutputFile[]) {
  for (const file of files) {
    checkUtf8(file);
    const target = join(folder, relative(dist, file.path));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}

function copyStatic(folder: string) {
  for (const path of staticFiles) {
    cpSync(path, join(folder, path.startsWith('src/') ? path.split('/').pop()! : path), { recursive: true, filter: (p) => !p.endsWith('.svg') });
  }
}

if (args.watch) {
  // Each rebuild writes its own files in place; web-ext run reloads the extension.
  mkdirSync(dist, { recursive: true });
  copyStatic(dist);
  for (const options of builds) {
    const context = await esbuild.context({
      ...options,
      plugins: [...(options.plugins ?? []), { name: 'write', setup: (b) => b.onEnd((r) => r.outputFiles && writeFiles(dist, r.outputFiles)) }],
    });
    await context.watch();
  }
  console.log('watching src/ and seeds/ for changes');
} else {
  // dist/ is replaced only when every bundle built: a failed build leaves it as it was.
  const results = await Promise.all(builds.map((options) => esbuild.build(options).catch(() => undefined)));
  if (results.some((result) => !result || result.errors.length > 0)) {
    console.error(`build failed: ${relative(process.cwd(), dist)}/ was left as it was`);
    process.exit(1);
  }
  const files = results.flatMap((result) => result!.outputFiles ?? []);
  const next = `${dist}.next`;
  rmSync(next, { recursive: true, force: true });
  writeFiles(next, files);
  copyStatic(next);
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
  console.log(`built ${relative(process.cwd(), dist)}/: ${sizes(files)}`);
}
