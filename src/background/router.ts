// Guard, then switch: every message is checked before the background acts on it.
import browser from 'webextension-polyfill';
import { isBackgroundMessage } from '../shared/messages.ts';
import { findBrief } from './brief-store.ts';

export function routeMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isBackgroundMessage(message)) {
    console.warn('Backstory: ignored an unknown message', message);
    return undefined;
  }
  switch (message.type) {
    case 'report-mentions': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' }).catch(() => undefined);
    }
    case 'get-brief':
      return Promise.resolve(findBrief(message.id));
    case 'open-brief':
      if (!findBrief(message.id)) return undefined;
      return browser.tabs.create({ url: browser.runtime.getURL(`popup.html?full#/brief/${encodeURIComponent(message.id)}`) }).then(() => undefined);
  }
}
