// The baselines the fixed cost and the big page are measured against: the built extension with its
// content script replaced, so everything else (manifest, background, injected CSS) stays the same.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the sliced walk logs when done, before its longest slice in ms: a console message reaches the bench, not the page. */
export const slicedWalkDone = 'sliced walk done, longest slice';

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
  /**
   * The least a walk that finds blocks and open shadow roots does: every element and text node, in slices of the
   * scan's budget. In a content script each node it meets gets a wrapper of its own world, which the young
   * generation's GC must then sort out: on a page of 200,000 elements that pause alone outlasts a frame.
   */
  slicedWalk: `(() => {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let chars = 0;
  let longest = 0;
  /** False when out of time. */
  const walkUntil = (deadline) => {
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) chars += node.data.length;
      else if (node.shadowRoot) chars++;
      if (++count % 32 === 0 && performance.now() > deadline) return false;
    }
    return true;
  };
  const slice = () => {
    const start = performance.now();
    const done = walkUntil(start + 8);
    longest = Math.max(longest, performance.now() - start);
    if (!done) return setTimeout(slice, 0);
    globalThis.__chars = chars;
    console.log(\`${slicedWalkDone} \${longest}\`);
  };
  setTimeout(slice, 0);
})();\n`,
};

/** Copies `dist` to `dir/dist-NAME` with the baseline content script; returns the new dist. */
export function baselineExtension(dist: string, dir: string, name: keyof typeof contentScripts): string {
  const out = join(dir, `dist-${name}`);
  cpSync(dist, out, { recursive: true });
  writeFileSync(join(out, 'content.js'), contentScripts[name]);
  return out;
}
