// Hostile pages by size: a 10 MB text node, 200,000 elements, nesting 5,000 deep, 20,000 names in
// one text node, and the same after a name that holds them all back to the node's end. Each is read to the end, its DOM is what it is without Backstory, and its names are
// marked. How long its slices take and how late the page's own timer runs are figures of `npm run bench`
// (tests/bench/hostile-runs.ts), not timed tests.
import { describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { readHighlights, waitForScan } from './harness/page-probes.ts';
import { pageDom, withoutBackstory } from './harness/page-state.ts';
import { useHostileBed } from './harness/hostile-bed.ts';
import { paintedIn } from './harness/screen-pixels.ts';

const settings = { markEveryMention: true };

/** Each page, how many names it has, and the first highlights in document order. */
const pages: [file: string, marks: number, first: string[]][] = [
  ['big-text-node.html', 3, ['Pokrovsk', 'Witkoff', 'Kupiansk']],
  ['many-elements.html', 20, ['Zelensky', 'Zelensky']],
  ['deep-nesting.html', 6, ['Kushner', 'Ushakov']],
  ['many-mentions.html', 20_000, ['Putin', 'Zelensky', 'Putin']],
  ['held-mentions.html', 20_000, ['Putin', 'Zelensky', 'Putin']],
];

describe.each(browsers)('big hostile pages in %s', (_name, launch) => {
  const bed = useHostileBed(launch, settings);

  it.each(pages)('%s: every name marked, and the DOM is as without Backstory', async (file, marks, first) => {
    const url = `${bed.origin}/${file}`;
    const page = await bed.session.open(url);
    const stats = await waitForScan(bed.session, page);
    expect(stats.marks).toBe(marks);
    expect((await readHighlights(page)).slice(0, first.length).map(([, text]) => text)).toEqual(first);
    const dom = await pageDom(page);
    await page.close();

    const without = await withoutBackstory(bed, url, settings, async () => undefined);
    expect(dom).toBe(without.dom);
  });

  it('big-text-node.html: marks in its 10 MB text node have their background only (an underline there costs ~150 ms a change in Chromium), and it is painted', async () => {
    const page = await bed.session.open(`${bed.origin}/big-text-node.html`);
    await waitForScan(bed.session, page);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(['backstory-person-in-long-text', 'backstory-place-in-long-text']);
    // The text is black on white: only a highlight paints a pixel in colour. "Pokrovsk" is marked, the words after it are not.
    const boxOf = (start: number, end: number) => page.evaluate(([from, to]) => {
      const range = document.createRange();
      range.setStart(document.getElementById('big')!.firstChild!, from!);
      range.setEnd(document.getElementById('big')!.firstChild!, to!);
      const { left, top, right, bottom } = range.getBoundingClientRect();
      return { left, top, right, bottom };
    }, [start, end]);
    const coloured = async (start: number, end: number) => (await paintedIn(page, await boxOf(start, end))).filter(([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b) > 12).length;
    expect(await coloured(0, 'Pokrovsk'.length)).toBeGreaterThan(20);
    expect(await coloured('Pokrovsk '.length, 'Pokrovsk the weather was mild'.length)).toBe(0);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
