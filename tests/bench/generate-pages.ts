// The benchmark's pages, written to a folder: article text of a given size, and a page of many small nodes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml as esc, filler, type Filler } from './filler.ts';
import { seededRandom, type Random } from './random.ts';

export interface BenchPage {
  file: string;
  label: string;
  textChars: number;
  nodes: number;
}

const wrap = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

/** <article>s of <h2> and <p>; text nodes of ~50-300 characters split by inline <a> and <b>. */
function articlePage(random: Random, words: Filler, targetChars: number): { html: string; textChars: number; nodes: number } {
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  const text = (t: string) => ((chars += t.length), nodes++, esc(t));
  while (chars < targetChars) {
    parts.push(`<article><h2>${text(words.sentence().replace(/[.,].*$/, ''))}</h2>`);
    nodes += 2;
    for (let p = random.int(6, 10); p > 0 && chars < targetChars; p--) {
      let html = text(words.text(random.int(50, 220)));
      nodes++;
      for (let inline = random.int(0, 2); inline > 0; inline--) {
        html += random.chance(0.6) ? ` <a href="#p${nodes}">${text(` ${words.link()} `)}</a>` : ` <b>${text(words.name())}</b>`;
        html += text(` ${words.text(random.int(40, 200))}`);
        nodes++;
      }
      parts.push(`<p>${html}</p>`);
    }
    parts.push('</article>');
  }
  return { html: parts.join('\n'), textChars: chars, nodes };
}

/** Sections of <ul>, each <li> a <span> label and a short text: four nodes an item. */
function manyNodesPage(random: Random, words: Filler, targetNodes: number): { html: string; textChars: number; nodes: number } {
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  const text = (t: string) => ((chars += t.length), nodes++, esc(t));
  for (let section = 1; nodes < targetNodes; section++) {
    parts.push(`<section><h3>${text(`Updates, part ${section}`)}</h3><ul>`);
    nodes += 3;
    for (let i = 0; i < 500 && nodes < targetNodes; i++) {
      const label = random.chance(0.06) ? words.name() : `#${section * 1000 + i}`;
      const note = random.pick(['updated', 'filed', 'corrected', 'briefing', 'statement', 'photo', 'video', 'map']);
      parts.push(`<li><span>${text(label)}</span>${text(` ${note} at ${random.int(10, 23)}:${random.int(10, 59)}`)}</li>`);
      nodes += 2;
    }
    parts.push('</ul></section>');
  }
  return { html: parts.join(''), textChars: chars, nodes };
}

/**
 * `seedNames` come from the real seeds; `madeUpNames` (a quarter of the mentions) only the
 * 5,000-entity dictionary knows, so that it has its own entities to find on the same pages.
 */
export function writePages(dir: string, seedNames: string[], madeUpNames: string[]): BenchPage[] {
  const random = seededRandom(2025);
  const names = () => (random.chance(0.25) ? random.pick(madeUpNames) : random.pick(seedNames));
  const words = filler(random, names);
  const pages: [string, string, { html: string; textChars: number; nodes: number }][] = [
    ['article-1mb.html', '1 MB article', articlePage(random, words, 1_000_000)],
    ['article-5mb.html', '5 MB article', articlePage(random, words, 5_000_000)],
    ['nodes-200k.html', '200k nodes', manyNodesPage(random, words, 200_000)],
  ];
  return pages.map(([file, label, page]) => {
    writeFileSync(join(dir, file), wrap(label, page.html));
    return { file, label, textChars: page.textChars, nodes: page.nodes };
  });
}

/** A page of one paragraph: enough to show whether mark.js can take a dictionary at all. */
export function writeTinyPage(dir: string): string {
  writeFileSync(join(dir, 'tiny.html'), wrap('tiny', '<p>Officials in Kyiv said on Tuesday that the talks would resume next week.</p>'));
  return 'tiny.html';
}
