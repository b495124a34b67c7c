// Fixture pages, each with the mentions it must get beside it as JSON: what is highlighted in real
// browsers must be exactly that (in calm mode unless the fixture's settings say otherwise, and in
// every-mention mode where it lists those too), the page report must say what the page is about and
// when it was published where the fixture says, and the page's HTML must be what it is with Backstory off.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestBed } from './harness/test-bed.ts';
import { browsers } from './harness/browsers.ts';
import { pageReport } from './harness/extension-calls.ts';
import { pageHtml, readHighlights, waitForScan, writeSettings, type Highlighted } from './harness/page-probes.ts';

interface Expected {
  settings?: object;
  highlights: Highlighted[];
  frames?: Record<string, Highlighted[]>;
  /** The same page in every-mention mode. */
  everyMention?: Highlighted[];
  /** The story the page report names (null: none) and the publication date it gives (null: none). */
  report?: { relevance: string | null; published: string | null };
}

const pagesDir = 'tests/fixtures/pages';
const fixtures = readdirSync(pagesDir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));

describe.each(browsers)('highlighting in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': pagesDir });

  it.each(fixtures)('%s: marks exactly the expected mentions and leaves the HTML as it was', async (fixture) => {
    const expected = JSON.parse(readFileSync(`${pagesDir}/${fixture}.expected.json`, 'utf8')) as Expected;
    const url = `${bed.origin}/${fixture}.html`;

    await writeSettings(bed.session, { ...expected.settings, disabledSites: ['127.0.0.1'] });
    const off = await bed.session.open(url);
    const htmlWithoutBackstory = await pageHtml(off);
    await off.close();

    await writeSettings(bed.session, expected.settings ?? {});
    const page = await bed.session.open(url);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toEqual(expected.highlights);
    for (const [selector, highlights] of Object.entries(expected.frames ?? {})) {
      await waitForScan(bed.session, page, selector);
      expect(await readHighlights(page, selector)).toEqual(highlights);
    }
    if (expected.report) {
      const report = await pageReport(bed.session, await page.evaluate(() => document.title));
      expect({ relevance: report.relevance?.storyId ?? null, published: report.published ?? null }).toEqual(expected.report);
    }
    if (expected.everyMention) {
      await writeSettings(bed.session, { ...expected.settings, markEveryMention: true });
      await expect.poll(() => readHighlights(page)).toEqual(expected.everyMention);
    }
    expect(await pageHtml(page)).toBe(htmlWithoutBackstory);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
