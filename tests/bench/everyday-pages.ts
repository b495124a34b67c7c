// Pages for the fixed cost every page pays, and for a page that keeps changing: a 30 KB page that names
// nobody, a 12 KB article, an ad-like page of 10 empty frames, and a 5 MB article whose ticker line changes
// 50 times a second. Every page times its own 25 ms timer from DOMContentLoaded, to show how long we held it back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml as esc, filler } from './filler.ts';
import { seededRandom } from './random.ts';

export interface EverydayPage {
  file: string;
  label: string;
  /** How many documents Backstory runs in: the page and its frames. */
  documents: number;
  /** The same page without its frames: what its text-less frames cost is the difference. */
  withoutFrames?: string;
}

/** What each of a page's text-less frames costs: the page less the same page without its frames, shared among them. */
export function perFrameCost(page: EverydayPage, cpuOf: (file: string) => number): number | undefined {
  return page.withoutFrames === undefined ? undefined : (cpuOf(page.file) - cpuOf(page.withoutFrames)) / (page.documents - 1);
}

/** window.__timerWorst: the most the page's own 25 ms interval ran late, in ms. */
const timerProbe = `<script>
document.addEventListener('DOMContentLoaded', () => {
  let expected = performance.now() + 25;
  window.__timerWorst = 0;
  setInterval(() => {
    const now = performance.now();
    window.__timerWorst = Math.max(window.__timerWorst, now - expected);
    expected = now + 25;
  }, 25);
});
</script>`;

const ticker = `<script>
let tick = 0;
setInterval(() => {
  document.getElementById('ticker').textContent = 'Update ' + ++tick + ': Putin and Zelensky, Pokrovsk and Kupiansk.';
}, 20);
</script>`;

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${timerProbe}${head}</head><body>${body}</body></html>`;

export function writeEverydayPages(dir: string, seedNames: string[], article5mb: string): EverydayPage[] {
  const random = seededRandom(7);
  const nobody = filler(random, () => '', 0);
  const named = filler(random, () => random.pick(seedNames));
  const paragraphs = (words: typeof nobody, chars: number) => {
    const parts: string[] = [];
    for (let length = 0; length < chars; ) {
      const text = words.text(random.int(200, 600));
      length += text.length;
      parts.push(`<p>${esc(text)}</p>`);
    }
    return parts.join('\n');
  };
  writeFileSync(join(dir, 'empty-frame.html'), '<!doctype html><html><head><meta charset="utf-8"><title>ad</title></head><body></body></html>');
  const frames = Array.from({ length: 10 }, () => '<iframe src="empty-frame.html" width="300" height="250"></iframe>').join('\n');
  const pages: [EverydayPage, string][] = [
    [{ file: 'nobody-30kb.html', label: '30 KB page naming nobody', documents: 1 }, page('Nobody', `<main>${paragraphs(nobody, 30_000)}</main>`)],
    [{ file: 'article-12kb.html', label: '12 KB article', documents: 1 }, page('Article', `<main><article><h1>Talks</h1>${paragraphs(named, 12_000)}</article></main>`)],
  ];
  const adText = `<p>${esc(nobody.text(300))}</p>`;
  pages.push(
    [{ file: 'ads-10-frames.html', label: 'ad-like page, 10 empty frames', documents: 11, withoutFrames: 'ads-no-frames.html' }, page('Ads', `<main>${adText}${frames}</main>`)],
    [{ file: 'ads-no-frames.html', label: 'the ad-like page without its frames', documents: 1 }, page('Ads', `<main>${adText}</main>`)],
  );
  for (const [info, html] of pages) writeFileSync(join(dir, info.file), html);
  // The big page with a line that changes, made from the 5 MB article.
  writeFileSync(
    join(dir, 'ticking-5mb.html'),
    article5mb.replace('<body>', `<body><p id="ticker">Update 0: Putin and Zelensky.</p>`).replace('</body>', `${ticker}</body>`).replace('</head>', `${timerProbe}</head>`),
  );
  return pages.map(([info]) => info);
}
