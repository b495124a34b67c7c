// The context menu on selected text: "Backstory: look up “…”".
import aliasIndex from 'backstory:alias-index';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { lookUp, lookUpRoute, matcherFor } from './look-up.ts';

const lookUpMenuId = 'backstory-look-up';

/** Menus persist across restarts of the background: they are made once per install or update. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  // The browser puts the selection in place of %s, shortened.
  browser.contextMenus.create({ id: lookUpMenuId, title: t('contextMenuLookUp'), contexts: ['selection'] });
}

export function listenToContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== lookUpMenuId) return;
    const route = lookUpRoute(lookUp(matcherFor(aliasIndex), aliasIndex, info.selectionText ?? ''));
    const beside = tab?.id !== undefined && tab.id >= 0 ? { index: tab.index + 1, openerTabId: tab.id } : {};
    void browser.tabs.create({ url: browser.runtime.getURL(route), ...beside });
  });
}
