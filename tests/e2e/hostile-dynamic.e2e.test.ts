// Hostile pages that change or fight back: a ticker, an infinite feed, a body swapped after load, a
// single-page app, a strict CSP, a page that sabotages its own world and one that forges messages
// and events. The page's DOM is what it is without Backstory, its scripts keep working, its names are marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';
import { browsers } from './harness/browsers.ts';
import { hoverName, readCard, readHighlightTexts, waitForScan } from './harness/page-probes.ts';
import { pageDom, withoutBackstory } from './harness/page-state.ts';
import type { TestPage } from './harness/session.ts';
import { useHostileBed } from './harness/hostile-bed.ts';

const settings = { markEveryMention: true };
const texts = (page: TestPage) => readHighlightTexts(page);
/** What the fixture pages keep on their own window (their scripts' state, for the tests to read). */
type PageWindow = Window & {
  ticker: { ticks: number; stale: string[]; done: boolean };
  feed: { batches: number };
  renders: number;
  ticks: number;
  swapBody(): void;
  forge(): void;
};
type ExtensionScope = { browser?: { tabs: { query(q: object): Promise<unknown[]> } }; chrome: { tabs: { query(q: object): Promise<unknown[]> } } };
// Images from the page's own origin only: Firefox logs the blocked favicon request as an error.
const strictPolicy = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'self'; connect-src 'none'; frame-src 'none'";

describe.each(browsers)('changing and hostile pages in %s', (_name, launch) => {
  const bed = useHostileBed(launch, settings);
  let strict: StaticServer;
  beforeAll(async () => {
    strict = await serveStatic({ '/': 'tests/fixtures/pages/hostile' }, { headers: { 'content-security-policy': strictPolicy } });
  });
  afterAll(() => strict?.close());

  /** Opens the page, does `act`, and checks its DOM against the same page and `act` without Backstory. */
  async function sameDomAsWithout(file: string, act: (page: TestPage) => Promise<unknown>, check: (page: TestPage) => Promise<void>) {
    const url = `${bed.origin}/${file}`;
    const page = await bed.session.open(url);
    await waitForScan(bed.session, page);
    await act(page);
    await check(page);
    const dom = await pageDom(page);
    await page.close();
    expect(dom).toBe((await withoutBackstory(bed, url, settings, act)).dom);
  }

  it('a ticker rewriting names 50 times a second: never a stale highlight, the last line marked', async () => {
    const untilDone = (page: TestPage) => page.waitFor(() => (window as unknown as PageWindow).ticker.done, undefined, 20_000);
    await sameDomAsWithout('ticker.html', untilDone, async (page) => {
      expect(await page.evaluate(() => (window as unknown as PageWindow).ticker)).toEqual({ ticks: 150, stale: [], done: true });
      await expect.poll(() => texts(page)).toEqual(['Kyiv', 'Witkoff', 'Moscow']);
    });
  });

  it('an infinite feed: each batch appended on scroll is marked', async () => {
    const scrollFour = async (page: TestPage) => {
      // Scrolled to the end again while the batch has not come (a busy machine can miss the first), never past it.
      for (let batch = 2; batch <= 4; batch++) {
        const scrollFor = (n: number) => {
          if ((window as unknown as PageWindow).feed.batches < n) scrollTo(0, document.documentElement.scrollHeight);
          return (window as unknown as PageWindow).feed.batches;
        };
        await expect.poll(() => page.evaluate(scrollFor, batch), { timeout: 15_000 }).toBe(batch);
      }
    };
    await sameDomAsWithout('infinite-scroll.html', scrollFour, async (page) => {
      await expect.poll(async () => (await waitForScan(bed.session, page)).marks).toBe(1 + 2 + 3 + 4);
      expect((await texts(page)).filter((text) => text === 'Kupiansk').length).toBeGreaterThanOrEqual(4);
    });
  });

  it('document.body replaced after load: the old marks go, the new body is marked', async () => {
    await sameDomAsWithout('body-replaced.html', (page) => page.evaluate(() => (window as unknown as PageWindow).swapBody()), async (page) => {
      await expect.poll(() => texts(page)).toEqual(['Yanukovych', 'Kupiansk']);
    });
  });

  it('a single-page app switching views with pushState and back: each view marked', async () => {
    const browse = async (page: TestPage) => {
      await page.click('#to-towns');
      await page.waitFor(() => location.pathname === '/spa/towns');
      await page.evaluate(() => history.back());
      await page.waitFor(() => (window as unknown as PageWindow).renders === 3);
    };
    const page = await bed.session.open(`${bed.origin}/spa.html`);
    await waitForScan(bed.session, page);
    expect(await texts(page)).toEqual(['Witkoff', 'Kushner', 'Putin']);
    await page.click('#to-towns');
    await expect.poll(() => texts(page)).toEqual(['Pokrovsk', 'Vovchansk']);
    await page.evaluate(() => history.back());
    await expect.poll(() => texts(page)).toEqual(['Witkoff', 'Kushner', 'Putin']);
    await page.close();
    await sameDomAsWithout('spa.html', browse, async (page) => {
      await expect.poll(() => texts(page)).toEqual(['Witkoff', 'Kushner', 'Putin']);
    });
  });

  it.each([
    ['by meta', 'csp-meta.html', false],
    ['by header', 'csp-header.html', true],
  ])('a strict CSP %s: names marked, the card opens and is styled', async (_how, file, byHeader) => {
    const page = await bed.session.open(`${byHeader ? strict.origin : bed.origin}/${file}`);
    await waitForScan(bed.session, page);
    expect(await texts(page)).toEqual(['Pokrovsk', 'Ushakov']);
    const { card } = await hoverName(bed.session, page, 'Pokrovsk');
    expect(card.box.bottom - card.box.top).toBeGreaterThan(40);
    expect(card.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await page.press('Escape');
    await expect.poll(() => readCard(bed.session, page)).toBeNull();
    await page.close();
  });

  it('a page that takes backstory-card and sabotages its own world: marked, the card works, its scripts run', async () => {
    await sameDomAsWithout('sabotage.html', async () => undefined, async (page) => {
      expect(await texts(page)).toEqual(['Pokrovsk', 'Witkoff', 'Moscow']);
      const ticks = await page.evaluate(() => (window as unknown as PageWindow).ticks);
      await hoverName(bed.session, page, 'Pokrovsk');
      await page.press('Escape');
      await expect.poll(() => readCard(bed.session, page)).toBeNull();
      expect(await page.evaluate(() => (window as unknown as PageWindow).ticks)).toBeGreaterThan(ticks);
    });
  });

  it('look-alike messages and synthetic events do nothing; a real pointer still does', async () => {
    const page = await bed.session.open(`${bed.origin}/look-alikes.html`);
    await waitForScan(bed.session, page);
    const tabs = await bed.session.openExtensionPage('options.html');
    const countTabs = () => tabs.evaluate(async () => {
      const scope = globalThis as unknown as ExtensionScope;
      return (await (scope.browser ?? scope.chrome).tabs.query({})).length;
    });
    const before = await countTabs();
    for (let round = 0; round < 3; round++) await page.evaluate(() => (window as unknown as PageWindow).forge());
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await readCard(bed.session, page)).toBeNull();
    expect(await countTabs()).toBe(before);
    expect(await texts(page)).toEqual(['Witkoff', 'Kushner']);
    await hoverName(bed.session, page, 'Kushner');
    await tabs.close();
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
