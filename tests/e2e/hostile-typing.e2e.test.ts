// Typing into a textarea, an input, a contenteditable region and a designMode document gives exactly
// what it gives without Backstory: the same values, the same markup, the same caret; and nothing
// editable is marked.
import { describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers.ts';
import { readHighlights, waitForScan } from './harness/page-probes.ts';
import { pageDom, withoutBackstory } from './harness/page-state.ts';
import type { TestPage } from './harness/session.ts';
import { useHostileBed } from './harness/hostile-bed.ts';

const settings = { markEveryMention: true };
const typed = ' Putin met Zelensky in Kyiv; Witkoff\u2019s plan.';

/** Clicks into each field, goes to the end of the line and types; what each field then holds. */
async function typeEverywhere(page: TestPage) {
  await page.waitFor(() => (window as unknown as { designReady?: boolean }).designReady === true);
  for (const selector of ['#area', '#field', '#editor p', '#design']) {
    // On the first line of each, where its text is: below it a designMode document has only <html>.
    const box = await page.evaluate((s: string) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect, selector);
    await page.clickAt(box.left + 60, box.top + (selector === '#design' ? 30 : Math.min(12, box.height / 2)));
    await page.press('End');
    await page.type(typed);
  }
  return page.evaluate(() => {
    const area = document.getElementById('area') as HTMLTextAreaElement;
    const field = document.getElementById('field') as HTMLInputElement;
    const design = (document.getElementById('design') as HTMLIFrameElement).contentDocument!;
    const caret = (selection: Selection | null) => (selection ? `${selection.anchorNode?.textContent?.length}:${selection.anchorOffset}` : '');
    return {
      area: [area.value, area.selectionStart],
      field: [field.value, field.selectionStart],
      editor: [document.getElementById('editor')!.innerHTML, caret(getSelection())],
      design: [design.body.innerHTML, caret(design.getSelection())],
    };
  });
}

describe.each(browsers)('typing on a page with Backstory in %s', (_name, launch) => {
  const bed = useHostileBed(launch, settings);

  it('gives the same text, markup and caret as without Backstory, and marks nothing editable', async () => {
    const url = `${bed.origin}/typing.html`;
    const without = await withoutBackstory(bed, url, settings, typeEverywhere);
    expect(without.result.area[0]).toBe(`Putin in a textarea. ${typed}`);
    expect(without.result.field[0]).toBe(`Zelensky in an input. ${typed}`);
    expect(without.result.editor[0]).toContain('Zelensky in Kyiv;');
    expect(without.result.design[0]).toContain('Zelensky in Kyiv;');

    const page = await bed.session.open(url);
    await waitForScan(bed.session, page);
    expect(await readHighlights(page)).toEqual([['person', 'Putin']]);
    expect(await typeEverywhere(page)).toEqual(without.result);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readHighlights(page)).toEqual([['person', 'Putin']]);
    expect(await readHighlights(page, '#design')).toEqual([]);
    expect(await pageDom(page)).toBe(without.dom);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
