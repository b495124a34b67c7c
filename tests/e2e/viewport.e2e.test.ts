// Every mark is kept and counted, but only those within about two viewports of the screen are registered
// with CSS.highlights; scrolling brings the rest in, in batches.
import { beforeEach, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { readHighlights, waitForScan, writeSettings } from './harness/page-probes.ts';
import { useTestBed } from './harness/test-bed.ts';
import type { TestPage } from './harness/session.ts';

/** The ids of the paragraphs whose marks are registered, and how many viewport heights apart they reach. */
const registeredParagraphs = (page: TestPage) =>
  page.evaluate(() => {
    const ids = new Set<string>();
    for (const [, highlight] of CSS.highlights) for (const range of highlight as Highlight) ids.add((range.startContainer.parentElement as HTMLElement).id);
    const tops = [...ids].map((id) => document.getElementById(id)!.getBoundingClientRect().top / innerHeight);
    return { ids: [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))), highest: Math.min(...tops), lowest: Math.max(...tops) };
  });

describe.each(browsers)('registration near the viewport in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages' });
  beforeEach(() => writeSettings(bed.session, { markEveryMention: true }));

  it('registers the marks near the screen only, and follows the reader down the page', async () => {
    const page = await bed.session.open(`${bed.origin}/many-names.html`);
    const stats = await waitForScan(bed.session, page);
    expect(stats.marks).toBe(400);
    expect(await readHighlights(page)).toHaveLength(400);

    // The observer may tell of the first blocks in more than one batch.
    await expect.poll(() => registeredParagraphs(page).then((r) => r.ids[0] === 'p1' && r.ids.length)).toBeGreaterThan(10);
    const top = await registeredParagraphs(page);
    expect(top.ids.length).toBeLessThan(200);
    // Two viewports of margin below the screen, none above the top of the page.
    expect(top.lowest).toBeLessThanOrEqual(3.1);

    await page.bringToFront();
    await page.evaluate(() => document.getElementById('p400')!.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await expect.poll(() => registeredParagraphs(page).then((r) => r.ids.at(-1))).toBe('p400');
    const bottom = await registeredParagraphs(page);
    expect(bottom.ids).not.toContain('p1');
    expect(bottom.highest).toBeGreaterThanOrEqual(-2.1);
    expect(await readHighlights(page)).toHaveLength(400);
    await page.close();
  });
});
