// The baselines the fixed cost and the big page are measured against: the built extension with its
// content script replaced, so everything else (manifest, background, injected CSS) stays the same.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const contentScripts = {
  /** A content script that does nothing: what merely having an extension costs. */
  idle: '// does nothing\n',
  /** One bare TreeWalker pass reading every text node, as Backstory's walk must. */
  walk: `(() => {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += walker.currentNode.data.length;
  globalThis.__chars = chars;
})();\n`,
};

/** Copies `dist` to `dir/dist-NAME` with the baseline content script; returns the new dist. */
export function baselineExtension(dist: string, dir: string, name: keyof typeof contentScripts): string {
  const out = join(dir, `dist-${name}`);
  cpSync(dist, out, { recursive: true });
  writeFileSync(join(out, 'content.js'), contentScripts[name]);
  return out;
}
