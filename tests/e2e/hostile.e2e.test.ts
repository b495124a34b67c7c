// Pages that fight back: they remove text mid-scan, reveal it later, make it editable, style the
// card away, define its element name, sabotage their own world and send synthetic events.
import { beforeEach, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { pageHtml, readCard, readHighlights, rectOf, waitForScan, writeSettings } from './harness/page-probes.ts';
import { useTestBed } from './harness/test-bed.ts';

const texts = (highlights: [string, string][]) => highlights.map(([, text]) => text);

describe.each(browsers)('hostile pages in %s', (_name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages/hostile' });
  beforeEach(() => writeSettings(bed.session, { markEveryMention: true }));

  it('reads to the end of a page that removes paragraphs ahead of the scan', async () => {
    const page = await bed.session.open(`${bed.origin}/removes-mid-scan.html`);
    const stats = await waitForScan(bed.session, page);
    expect(stats.slices).toBeGreaterThan(1);
    expect(texts(await readHighlights(page))).toEqual(['Putin', 'Pokrovsk']);
    await page.close();
  });

  it('marks text revealed after load: <details> opened, a tab shown by class, hidden removed', async () => {
    const page = await bed.session.open(`${bed.origin}/revealed.html`);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toEqual([]);
    await page.evaluate(() => {
      (document.getElementById('details') as HTMLDetailsElement).open = true;
      document.getElementById('tab')!.classList.add('open');
      document.getElementById('attr')!.removeAttribute('hidden');
    });
    await expect.poll(() => readHighlights(page).then((h) => texts(h).sort())).toEqual(['Kupiansk', 'Vovchansk', 'Zelensky']);
    await page.close();
  });

  it('drops the marks of a region made editable, and of text typed over, before they are painted', async () => {
    const page = await bed.session.open(`${bed.origin}/editable.html`);
    await waitForScan(bed.session, page);
    expect(texts(await readHighlights(page))).toEqual(['Putin', 'Zelensky']);
    // In the same task as the edit: a stale mark would be seen here, over the wrong characters.
    const right = await page.evaluate(async () => {
      const text = document.getElementById('line')!.firstChild as Text;
      text.insertData(0, '\u00a0');
      await Promise.resolve();
      return [...CSS.highlights.values()].every((h) => [...(h as Highlight)].every((r) => r.startContainer !== text));
    });
    expect(right).toBe(true);
    await expect.poll(() => readHighlights(page).then(texts)).toEqual(['Putin', 'Zelensky']);
    await page.evaluate(() => document.getElementById('editor')!.setAttribute('contenteditable', 'true'));
    await expect.poll(() => readHighlights(page)).toEqual([]);
    await page.evaluate(() => (document.getElementById('line')!.firstChild as Text).appendData(' Putin again.'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readHighlights(page)).toEqual([]);
    await page.close();
  });

  it('ignores synthetic events, shows the card above page styles, and leaves the DOM as it was', async () => {
    const page = await bed.session.open(`${bed.origin}/page-driven.html`);
    await waitForScan(bed.session, page);
    const before = await pageHtml(page);
    const rect = await rectOf(page, 'Pokrovsk');
    const [x, y] = [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2];
    await page.evaluate(([px, py]: number[]) => {
      for (let i = 0; i < 5; i++) document.elementFromPoint(px!, py!)!.dispatchEvent(new PointerEvent('pointermove', { clientX: px!, clientY: py! + i, bubbles: true }));
    }, [x, y]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await readCard(bed.session, page)).toBeNull();

    await page.mouseMove(x, y);
    await expect.poll(() => readCard(bed.session, page).then((card) => card?.name)).toBe('Pokrovsk');
    const card = (await readCard(bed.session, page))!;
    expect(card.box.bottom - card.box.top).toBeGreaterThan(40);
    // Nothing of ours the page can open: no open shadow root, no entry in its performance timeline.
    const visible = await page.evaluate(() => ({
      shadows: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
      entries: performance.getEntries().filter((e) => /backstory/i.test(e.name)).length,
    }));
    expect(visible).toEqual({ shadows: 0, entries: 0 });
    await page.press('Escape');
    await expect.poll(() => readCard(bed.session, page)).toBeNull();
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
