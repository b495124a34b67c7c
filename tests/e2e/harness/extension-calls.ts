// Calls a test makes from one of the extension's own pages, where the WebExtension API is at hand.
import { findTabId } from './browsers.ts';
import type { ExtensionSession, TestPage } from './session.ts';

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

/** What the background does for the keyboard shortcut: asks the tab to go to its next mention. */
export const sendNextMention = (session: ExtensionSession, title: string) =>
  fromExtensionPage(session, title, (page, tabId) =>
    page.evaluate(async (id: number) => {
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      await (scope.browser ?? scope.chrome).tabs.sendMessage(id, { type: 'next-mention' }, { frameId: 0 });
    }, tabId),
  );

/** What the content script of the tab reports to the popup. */
export const pageReport = (session: ExtensionSession, title: string) =>
  fromExtensionPage(session, title, (page, tabId) =>
    page.evaluate((id: number) => {
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (scope.browser ?? scope.chrome).tabs.sendMessage(id, { type: 'get-page-report' }, { frameId: 0 });
    }, tabId),
  );
