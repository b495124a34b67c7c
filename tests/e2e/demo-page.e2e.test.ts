// The demo page `npm start` opens: every person and place of the story is marked, the precision
// cases are not, and the screenshots in the README come from here.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestBed } from './harness/test-bed.ts';
import { browsers } from './harness/browsers.ts';
import { pageReport } from './harness/extension-calls.ts';
import { waitForScan, writeSettings } from './harness/page-probes.ts';

const peopleAndPlaces = [
  'putin', 'ushakov', 'witkoff', 'kushner', 'trump', 'zelensky', 'macron', 'yanukovych',
  'moscow', 'kremlin', 'ukraine', 'russia', 'kyiv', 'dublin', 'ireland', 'washington', 'europe',
  'donetsk', 'luhansk', 'crimea', 'pokrovsk', 'vovchansk', 'kupiansk',
];

describe.each(browsers)('the demo page in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'src/demo' });
  beforeAll(async () => {
    await writeSettings(bed.session, {});
  });

  it('marks every person and place of the story, and nothing in the precision cases', async () => {
    const page = await bed.session.open(`${bed.origin}/`);
    await waitForScan(bed.session, page);
    const title = await page.evaluate(() => document.title);
    const found = (await pageReport(bed.session, title)).mentions.map((m) => m.id);
    expect(found).toEqual(expect.arrayContaining(peopleAndPlaces));

    const marksInPrecisionBox = await page.evaluate(() => {
      const box = document.querySelector('.not-ours')!;
      return [...CSS.highlights.values()].flatMap((h) => [...(h as Highlight)]).filter((r) => box.contains(r.startContainer)).length;
    });
    expect(marksInPrecisionBox).toBe(0);
    if (bed.session.name === 'chromium') await page.screenshot('tests/screenshots/demo-page.png');
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
