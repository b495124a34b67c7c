import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { ExtensionSession, TestPage } from './session.ts';

export const browsers: [string, () => Promise<ExtensionSession>][] = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
];

/** The id of the tab whose page has this title, asked of each tab's content script from an extension page. */
export function findTabId(extensionPage: TestPage, title: string): Promise<number> {
  return extensionPage.evaluate(async (wanted: string) => {
    type Tabs = {
      query(q: object): Promise<{ id: number }[]>;
      sendMessage(id: number, message: object, options: object): Promise<{ title?: string } | undefined>;
    };
    const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const { tabs } = scope.browser ?? scope.chrome;
    for (const tab of await tabs.query({})) {
      const report = await tabs.sendMessage(tab.id, { type: 'get-page-report' }, { frameId: 0 }).catch(() => undefined);
      if (report?.title === wanted) return tab.id;
    }
    throw new Error(`no tab answered with the title ${wanted}`);
  }, title);
}
