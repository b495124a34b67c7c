// First run and the look-up menu: a fresh install opens the welcome page, whose sample is marked and
// hovered like any page; the context menu item is registered.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindStylesOf } from '../../src/shared/kind-styles.ts';
import { auditPage } from './harness/axe.ts';
import { browsers } from './harness/browsers.ts';
import { commandKeys, readHighlights, readOwnPageCard, rectOf, waitForSample } from './harness/page-probes.ts';
import { useTestBed } from './harness/test-bed.ts';

const kindStyles = kindStylesOf(readFileSync('src/content/highlights.css', 'utf8'));

describe.each(browsers)('first run in %s', (name, launch) => {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages' });

  it('opens the welcome page on a fresh install', async () => {
    const page = await bed.session.openExtensionPage('options.html');
    const tabs = () =>
      page.evaluate(async () => {
        type Runtime = { getContexts(filter: object): Promise<{ documentUrl?: string }[]> };
        const scope = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
        return (await (scope.browser ?? scope.chrome).runtime.getContexts({ contextTypes: ['TAB'] })).map((c) => new URL(c.documentUrl ?? '').pathname);
      });
    await expect.poll(tabs, { timeout: 10_000 }).toEqual(expect.arrayContaining(['/welcome.html', '/options.html']));
    await page.close();
  });

  it('marks the sample with the real pipeline and opens a card on a marked name', async () => {
    const page = await bed.session.openExtensionPage('welcome.html');
    await waitForSample(page);
    expect(await readHighlights(page)).toEqual(
      expect.arrayContaining([['event', 'Kremlin talks'], ['person', 'Vladimir Putin'], ['document', '28-point peace plan'], ['place', 'Pokrovsk'], ['organisation', 'NATO']]),
    );
    const word = await rectOf(page, 'Pokrovsk');
    await page.mouseMove((word.left + word.right) / 2, (word.top + word.bottom) / 2);
    // The first card of a fresh browser loads its code first.
    await expect.poll(() => readOwnPageCard(page).then((card) => card?.name), { timeout: 5000 }).toBe('Pokrovsk');
    expect((await readOwnPageCard(page))!.text).toContain('Facts as of');
    await page.press('Escape');
    await expect.poll(() => readOwnPageCard(page)).toBeNull();
    await page.close();
  });

  it('shows the legend with whole-word kind names, each drawn with its page underline', async () => {
    const page = await bed.session.openExtensionPage('welcome.html');
    await page.waitFor(() => document.querySelectorAll('.kind-sample').length === 5);
    const legend = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.kind-sample')].map((el) => [el.dataset.kind, el.textContent, getComputedStyle(el).textDecorationStyle]),
    );
    expect(legend).toEqual([
      ['person', 'People', kindStyles.person.underline],
      ['place', 'Places', kindStyles.place.underline],
      ['organisation', 'Organisations', kindStyles.organisation.underline],
      ['document', 'Documents', kindStyles.document.underline],
      ['event', 'Events', kindStyles.event.underline],
    ]);
    await page.close();
  });

  it('names the keyboard shortcut as the browser has it bound, or says it is not set', async () => {
    const page = await bed.session.openExtensionPage('welcome.html');
    await page.waitFor(() => document.querySelector('[data-shortcut]') !== null);
    const keys = await commandKeys(page, 'next-mention');
    const said = await page.evaluate(() => document.querySelector('[data-shortcut]')!.textContent);
    expect(said).toContain(keys || 'is not set in this browser');
    console.log(`${name}: next-mention is ${keys ? `bound to ${keys}` : 'unbound'}`);
    await page.close();
  });

  it('passes axe in the light theme, with a screenshot', async () => {
    const page = await bed.session.openExtensionPage('welcome.html');
    await waitForSample(page);
    expect(await auditPage(page, 'welcome', name, 'light')).toEqual([]);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors().join('\n')).toEqual(''));
});
