// axe-core on every view of the popup and on the full-brief tab, in the light and the dark theme, in both
// browsers: no violation. Chromium also writes the README's gallery to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe.ts';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import type { ExtensionSession } from './harness/session.ts';
import { waitForScan, writeSettings } from './harness/page-probes.ts';
import { openPopup, tabIdOf } from './harness/popup.ts';
import type { TestPage } from './harness/session.ts';
import { useTestBed } from './harness/test-bed.ts';

type Theme = 'light' | 'dark';
// Chromium switches the theme as it runs; Firefox is launched once per theme.
const setups: [string, () => Promise<ExtensionSession>, Theme[]][] = [
  ['chromium', launchChromium, ['light', 'dark']],
  ['firefox (light)', () => launchFirefox({ colorScheme: 'light' }), ['light']],
  ['firefox (dark)', () => launchFirefox({ colorScheme: 'dark' }), ['dark']],
];
const shots = 'docs/screenshots';

interface ViewCase {
  name: string;
  /** The popup's route, or a whole path for a page of its own. */
  open: (tabs: { article: number; blind: number }) => { hash: string; tabId?: number; path?: string };
  ready: string;
  prepare?: (page: TestPage) => Promise<void>;
}

const views: ViewCase[] = [
  { name: 'page', open: ({ article }) => ({ hash: '#/page', tabId: article }), ready: '[data-brief]' },
  { name: 'page-cannot-read', open: ({ blind }) => ({ hash: '#/page', tabId: blind }), ready: '[data-state="unavailable"]' },
  { name: 'story', open: () => ({ hash: '#/story' }), ready: '.positions-grid' },
  { name: 'briefs', open: () => ({ hash: '#/briefs' }), ready: '.group' },
  { name: 'search', open: () => ({ hash: '#/briefs?q=zelenksy' }), ready: '[role="option"]' },
  { name: 'search-no-match', open: () => ({ hash: '#/briefs?q=xyzzy' }), ready: '[data-state="no-match"]' },
  { name: 'brief', open: () => ({ hash: '#/brief/pokrovsk' }), ready: '.claims' },
  { name: 'map', open: () => ({ hash: '#/map' }), ready: '[data-slot="place-map"]' },
  { name: 'full-brief', open: () => ({ hash: '', path: 'popup.html?full#/brief/pokrovsk' }), ready: '.brief-side' },
];

describe.each(setups)('accessibility of the views in %s', (name, launch, themes) => {
  const bed = useTestBed(launch, { '/demo/': 'src/demo' });
  const tabs = { article: 0, blind: 0 };
  let article: TestPage | undefined;
  let blindPage: TestPage | undefined;
  beforeAll(async () => {
    await writeSettings(bed.session, {});
    article = await bed.session.open(`${bed.origin}/demo/`);
    await waitForScan(bed.session, article);
    tabs.article = await tabIdOf(bed.session, await article.evaluate(() => document.title));
    blindPage = await bed.session.openExtensionPage('options.html');
    tabs.blind = await blindPage.evaluate(async () => {
      type Tabs = { getCurrent(): Promise<{ id: number }> };
      const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
      return (await (scope.browser ?? scope.chrome).tabs.getCurrent()).id;
    });
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await article?.close();
    await blindPage?.close();
  });

  it.each(views)('$name has no axe violation', async (view) => {
    const target = view.open(tabs);
    const page = target.path ? await bed.session.openExtensionPage(target.path) : await openPopup(bed.session, target.tabId, target.hash);
    if (target.path) await page.setViewport(1280, 860);
    await page.waitFor((s: string) => document.querySelector(s) !== null, view.ready);
    for (const theme of themes) {
      await page.setColorScheme(theme);
      await page.waitFor((dark: boolean) => matchMedia('(prefers-color-scheme: dark)').matches === dark, theme === 'dark');
      expect(await runAxe(page, `${name} ${view.name} (${theme})`)).toEqual([]);
      if (name === 'chromium') {
        await page.evaluate(() => scrollTo(0, 0));
        await page.screenshot(`${shots}/${view.name}-${theme}.png`);
      }
    }
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
