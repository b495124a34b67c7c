// The 26 saved real news pages of ../shared/corpus/real-pages: big DOMs, inline scripts, ads markup.
// With Backstory on, each must keep its HTML, get no error from the extension, and get exactly the
// highlights in tests/fixtures/real-pages.expected.json (every-mention mode), each one reviewed as a real
// mention, and in calm mode those of real-pages-calm.expected.json.
// The pages' own scripts are blocked by a CSP header (content scripts are exempt): they would insert
// timestamps and trackers that make two loads of a page differ, whatever Backstory does.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestBed } from './harness/test-bed.ts';
import { browsers } from './harness/browsers.ts';
import { pageHtml, readHighlights, waitForScan, writeSettings, type Highlighted } from './harness/page-probes.ts';

const corpus = new URL('../../../shared/corpus/real-pages/', import.meta.url).pathname;
const expected = JSON.parse(readFileSync('tests/fixtures/real-pages.expected.json', 'utf8')) as Record<string, Highlighted[]>;
const expectedCalm = JSON.parse(readFileSync('tests/fixtures/real-pages-calm.expected.json', 'utf8')) as Record<string, Highlighted[]>;
const pages = readdirSync(corpus).filter((f) => f.endsWith('.html')).sort();

describe.each(browsers)('real pages in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': corpus }, { headers: { 'content-security-policy': "script-src 'none'" } });

  it('has a reviewed list of highlights for every saved page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
    expect(Object.keys(expectedCalm).sort()).toEqual(pages);
  });

  it.each(pages)('%s: same HTML, only real mentions, no error from Backstory', async (file) => {
    await writeSettings(bed.session, { markEveryMention: true, disabledSites: ['127.0.0.1'] });
    const off = await bed.session.open(`${bed.origin}/${file}`);
    const htmlWithoutBackstory = await pageHtml(off);
    await off.close();

    await writeSettings(bed.session, { markEveryMention: true });
    bed.session.clearErrors();
    const page = await bed.session.open(`${bed.origin}/${file}`);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toEqual(expected[file]);
    await writeSettings(bed.session, {});
    await expect.poll(() => readHighlights(page)).toEqual(expectedCalm[file]);
    expect(await pageHtml(page)).toBe(htmlWithoutBackstory);
    expect(bed.session.errors().filter((error) => /Backstory|chrome-extension:\/\/[a-p]{32}|moz-extension:/.test(error))).toEqual([]);
    await page.close();
  });
});
