// Every brief's card, in each kind of page it can be shown on, measured in real layout: at most about
// 320 px tall at 360 px wide, nothing left to scroll to, the header and "Full brief" in view.
// The card's own bundle is loaded on an extension page, as the content script loads it on a web page.
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../src/build/compile-seeds.ts';
import { readSeeds } from '../../src/build/read-seeds.ts';
import type { PageContext } from '../../src/shared/page-context.ts';
import { browsers } from './harness/browsers.ts';
import { useTestBed } from './harness/test-bed.ts';

const { bundle } = compileSeeds(readSeeds('seeds'));
const story = bundle.stories[0]!;
/** What the page says, and its language: on a page in another language the card says the brief is in English. */
type Shown = [context: string, page: PageContext, lang: string];
const onStory: PageContext = { relevance: { storyId: story.id, score: 1, reasons: [] }, published: story.date };
const contexts: Shown[] = [
  ['on the story', onStory, 'en'],
  ['off the story', {}, 'en'],
  ['from 2017', { published: '2017-06-12' }, 'en'],
  ['a year after', { relevance: { storyId: story.id, score: 1, reasons: [] }, published: '2026-12-20' }, 'en'],
  ['on the story, in Ukrainian', onStory, 'uk'],
  ['from 2017, in Ukrainian', { published: '2017-06-12' }, 'uk'],
];

interface Measured {
  id: string;
  context: string;
  height: number;
  width: number;
  /** Pixels of the body hidden below its fold. */
  hidden: number;
  headInView: boolean;
  footInView: boolean;
  /** The card says the brief is in English. */
  languageNote: boolean;
  lang: string;
}

describe.each(browsers)('card size in %s', (name, launch) => {
  const bed = useTestBed(launch, {});

  it('keeps every brief short on every kind of page', async () => {
    const page = await bed.session.openExtensionPage('options.html');
    await page.setViewport(1280, 1000);
    await page.waitFor(() => document.readyState === 'complete');
    // As a string: the test runner would rewrite a dynamic import() in a function it sends. Our own page, no page script sees it.
    await page.runScript(`import(new URL('card.js', location.href).href).then((module) => (globalThis.cardModule = module))`);
    await page.waitFor(() => 'cardModule' in globalThis);
    const measured = await page.evaluate(
      async ([ids, shown]: [string[], Shown[]]) => {
        type Api = { runtime: { sendMessage(message: object): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Api; chrome: Api; cardModule: typeof import('../../src/content/card/index.ts') };
        const { createCardHost } = scope.cardModule;
        const host = createCardHost(new AbortController().signal, { inspectable: true });
        const inView = (inner: Element, outer: DOMRect) => {
          const r = inner.getBoundingClientRect();
          return r.height > 0 && r.top >= outer.top - 0.5 && r.bottom <= outer.bottom + 0.5;
        };
        const out: Measured[] = [];
        for (const id of ids) {
          const brief = (await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'get-brief', id })) as never;
          for (const [context, pageContext, lang] of shown) {
            document.documentElement.lang = lang;
            host.show({ anchor: new DOMRect(8, 8, 60, 18), brief, loading: false, page: pageContext, focus: false, onOpenFull() {} });
            const dialog = host.element()!.shadowRoot!.querySelector('[role="dialog"]')!;
            const box = dialog.getBoundingClientRect();
            const body = dialog.querySelector('.body')!;
            out.push({
              id, context, height: box.height, width: box.width, hidden: body.scrollHeight - body.clientHeight,
              headInView: inView(dialog.querySelector('.close')!, box), footInView: inView(dialog.querySelector('.open-full')!, box),
              languageNote: dialog.querySelector('.language') !== null, lang,
            });
          }
        }
        host.hide();
        return out;
      },
      [bundle.briefs.map((b) => b.id), contexts] as [string[], Shown[]],
    );

    expect(measured).toHaveLength(bundle.briefs.length * contexts.length);
    const tallest = measured.reduce((a, b) => (b.height > a.height ? b : a));
    const heights = measured.map((m) => m.height).sort((a, b) => a - b);
    console.log(
      `${name}: tallest card ${tallest.height.toFixed(1)} px (${tallest.id}, ${tallest.context}), median ${heights[heights.length >> 1]!.toFixed(1)} px, ` +
        `shortest ${heights[0]!.toFixed(1)} px, widest ${Math.max(...measured.map((m) => m.width))} px`,
    );
    for (const m of measured) {
      expect.soft(m.height, `${m.id} ${m.context}`).toBeLessThanOrEqual(320);
      expect.soft(m.width, `${m.id} ${m.context}`).toBeLessThanOrEqual(360);
      expect.soft(m.hidden, `${m.id} ${m.context}: text below the fold`).toBeLessThanOrEqual(1);
      expect.soft(m.headInView && m.footInView, `${m.id} ${m.context}: close and Full brief in view`).toBe(true);
      expect.soft(m.languageNote, `${m.id} ${m.context}: says the brief is in English`).toBe(m.lang !== 'en');
    }
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
