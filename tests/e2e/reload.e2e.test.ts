// An extension reload (an update does the same) cuts off the content scripts already in tabs:
// the old one must take its highlights and listeners with it, quietly.
import { describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { readHighlights, waitForScan } from './harness/page-probes.ts';
import { useTestBed } from './harness/test-bed.ts';

describe.each(browsers)('extension reload in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages' });

  it('leaves no stale highlight and no error in a tab that was open', async () => {
    const page = await bed.session.open(`${bed.origin}/plain-article.html`);
    await waitForScan(bed.session, page);
    const before = await readHighlights(page);
    expect(before.length).toBeGreaterThan(0);
    const extensionPage = await bed.session.openExtensionPage('options.html');
    await extensionPage.evaluate(() => {
      const scope = globalThis as unknown as { browser?: { runtime: { reload(): void } }; chrome: { runtime: { reload(): void } } };
      setTimeout(() => (scope.browser ?? scope.chrome).runtime.reload(), 50);
    });
    // Chrome leaves the tab to the old, cut-off script, which must clear up; Firefox injects the new
    // one into open tabs, which must give what a fresh load gives, each name once.
    const afterReload = bed.session.name === 'chromium' ? [] : before;
    await expect.poll(() => readHighlights(page), { timeout: 10_000 }).toEqual(afterReload);
    // The page goes on changing: the old script must not react, nor throw into its console.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later, a line about the weather.' })));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await readHighlights(page)).toEqual(afterReload);
    expect(bed.session.errors()).toEqual([]);
    await page.close();
  });
});
