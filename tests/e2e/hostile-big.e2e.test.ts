// Hostile pages by size: a 10 MB text node, 200,000 elements, nesting 5,000 deep, 20,000 names in
// one text node. Each is read to the end in slices of at most one frame, the page's own timer keeps
// running, its DOM is what it is without Backstory, and its names are marked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanStats } from '../../src/shared/messages.ts';
import { browsers } from './harness/browsers.ts';
import { openControlPage } from './harness/extension-calls.ts';
import { readHighlights, waitForScan, writeSettings } from './harness/page-probes.ts';
import { pageDom, timerLateness, withoutBackstory } from './harness/page-state.ts';
import { useTestBed } from './harness/test-bed.ts';

const settings = { markEveryMention: true };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each page, how many names it has, and the first highlights in document order. */
const pages: [file: string, marks: number, first: string[]][] = [
  ['big-text-node.html', 3, ['Pokrovsk', 'Witkoff', 'Kupiansk']],
  ['many-elements.html', 20, ['Zelensky', 'Zelensky']],
  ['deep-nesting.html', 6, ['Kushner', 'Ushakov']],
  ['many-mentions.html', 20_000, ['Putin', 'Zelensky', 'Putin']],
];

interface Figures {
  stats: ScanStats;
  /** The worst lateness of the page's 25 ms timer with Backstory, and in the same time without. */
  lateWith: number;
  lateWithout: number;
}

describe.each(browsers)('big hostile pages in %s', (name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages/hostile' });
  const figures = new Map<string, Figures>();
  beforeAll(async () => {
    await writeSettings(bed.session, settings);
    await openControlPage(bed.session);
  });

  it.each(pages)('%s: every name marked, and the DOM is as without Backstory', async (file, marks, first) => {
    const url = `${bed.origin}/${file}`;
    const page = await bed.session.open(url);
    const opened = Date.now();
    const stats = await waitForScan(bed.session, page);
    const elapsed = Date.now() - opened;
    const lateWith = await timerLateness(page);
    expect(stats.marks).toBe(marks);
    expect((await readHighlights(page)).slice(0, first.length).map(([, text]) => text)).toEqual(first);
    const dom = await pageDom(page);
    await page.close();

    const without = await withoutBackstory(bed, url, settings, async (plain) => {
      await pause(elapsed);
      return timerLateness(plain);
    });
    expect(dom).toBe(without.dom);
    figures.set(file, { stats, lateWith, lateWithout: without.result });
  });

  it('cut every scan into slices of at most one frame (16 ms)', () => {
    expect(figures.size).toBe(pages.length);
    for (const [file, { stats }] of figures) expect.soft(stats.longestSliceMs, `${name}, ${file}: ${JSON.stringify(stats)}`).toBeLessThanOrEqual(16);
  });

  it("held the page's own 25 ms timer back by no more than 50 ms", () => {
    expect(figures.size).toBe(pages.length);
    for (const [file, { lateWith, lateWithout }] of figures) {
      expect.soft(lateWith - lateWithout, `${name}, ${file}: ${Math.round(lateWith)} ms late with Backstory, ${Math.round(lateWithout)} ms without`).toBeLessThanOrEqual(50);
    }
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
