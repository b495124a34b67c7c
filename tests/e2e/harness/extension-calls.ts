// Calls a test makes from one of the extension's own pages, where the WebExtension API is at hand.
import { findTabId } from './browsers.ts';
import { sessionOf, type ExtensionSession, type TestPage } from './session.ts';

/** One extension page per browser session, kept open, to make calls from. */
const controlPages = new WeakMap<ExtensionSession, Promise<TestPage>>();
function controlPage(session: ExtensionSession): Promise<TestPage> {
  let page = controlPages.get(session);
  if (!page) controlPages.set(session, (page = session.openExtensionPage('options.html')));
  return page;
}

/**
 * Opens that page now: opened later, it would send the page under test to the background, where
 * Firefox throttles its timers (tests that time the page's own timers open it first).
 */
export const openControlPage = (session: ExtensionSession) => controlPage(session).then(() => undefined);

async function fromExtensionPage<T>(session: ExtensionSession, title: string, run: (page: TestPage, tabId: number) => Promise<T>): Promise<T> {
  const page = await controlPage(session);
  return run(page, await findTabId(page, title));
}

/** Sends a content call to the tab with this title (to every frame: the one it is for answers). */
export const askTab = <T>(session: ExtensionSession, title: string, message: object) =>
  fromExtensionPage(session, title, (page, tabId) =>
    page.evaluate(
      ([id, sent]: [number, object]) => {
        const scope = globalThis as unknown as { browser?: Api; chrome: Api };
        return (scope.browser ?? scope.chrome).tabs.sendMessage(id, sent) as Promise<unknown>;
      },
      [tabId, message] as [number, object],
    ) as Promise<T>,
  );

type Api = {
  tabs: { sendMessage(id: number, message: object, options?: object): Promise<{ mentions: { id: string; count: number }[] }> };
  action: { getBadgeText(details: object): Promise<string> };
};
export const badgeText = (session: ExtensionSession, title: string) =>
  fromExtensionPage(session, title, (page, tabId) =>
    page.evaluate((id: number) => {
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (scope.browser ?? scope.chrome).action.getBadgeText({ tabId: id });
    }, tabId),
  );

/**
 * One step of what the background does for the keyboard shortcut (background/next-mention.ts): asks one frame of the
 * page (the top one, or the one at `frameUrl`) to go to its next marked name; false when it has none.
 */
export async function sendNextMention(page: TestPage, from: 'start' | 'current' = 'current', frameUrl?: string): Promise<boolean> {
  const url = frameUrl ?? (await page.evaluate(() => location.href));
  return (await askPage<boolean>(page, { type: 'next-mention', from, url })) === true;
}

/** What the content script of the tab reports to the popup. */
export const pageReport = (session: ExtensionSession, title: string) =>
  fromExtensionPage(session, title, (page, tabId) =>
    page.evaluate((id: number) => {
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (scope.browser ?? scope.chrome).tabs.sendMessage(id, { type: 'get-page-report' }, { frameId: 0 });
    }, tabId),
  );

const tabIds = new WeakMap<TestPage, number>();
/**
 * The tab showing this page, found by its URL: only the content script of the frame at that URL answers a call
 * that names it (titles are not unique: an untitled page shares "" with every blank tab).
 */
async function tabOf(session: ExtensionSession, page: TestPage): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const url = await page.evaluate(() => location.href);
  const id = await (await controlPage(session)).evaluate(async (wanted: string) => {
    type Tabs = { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, message: object, options: object): Promise<unknown> };
    const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const { tabs } = scope.browser ?? scope.chrome;
    for (const tab of await tabs.query({})) {
      // Answered with null by a frame at that URL before its scan is done; no answer from any other.
      const answer = await tabs.sendMessage(tab.id, { type: 'get-scan-stats', url: wanted }, { frameId: 0 }).catch(() => undefined);
      if (answer !== undefined) return tab.id;
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`no content script answers for ${url}`);
  tabIds.set(page, id);
  return id;
}

/** Sends a content call to the tab that shows this page (to every frame: the one it is for answers). */
export async function askPage<T>(page: TestPage, message: object): Promise<T> {
  const session = sessionOf(page);
  const tabId = await tabOf(session, page);
  return (await controlPage(session)).evaluate(
    ([id, sent]: [number, object]) => {
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (scope.browser ?? scope.chrome).tabs.sendMessage(id, sent) as Promise<unknown>;
    },
    [tabId, message] as [number, object],
  ) as Promise<T>;
}
