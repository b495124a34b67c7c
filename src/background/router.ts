// Guard, then switch: every message is checked before the background acts on it, and only the
// extension's own content scripts and pages are heard.
import browser from 'webextension-polyfill';
import { isBackgroundMessage, unhandled } from '../shared/messages.ts';
import { findBrief, findCardBrief } from './brief-store.ts';
import { setFrameMentions, subframeMentions, tabEntityCount } from './frame-mentions.ts';

/** A page cannot make us open tabs at will: one full brief per tab and second at most. */
const openBriefIntervalMs = 1000;
const lastOpened = new Map<number, number>();

export function routeMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  if (!isBackgroundMessage(message)) {
    console.warn('Backstory: ignored an unknown message', message);
    return undefined;
  }
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'report-mentions': {
      if (tabId === undefined || sender.frameId === undefined) return undefined;
      setFrameMentions(tabId, sender.frameId, message.mentions);
      const count = tabEntityCount(tabId);
      return browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
    }
    case 'get-frame-mentions':
      return Promise.resolve(tabId === undefined ? [] : subframeMentions(tabId));
    case 'get-brief':
      return Promise.resolve(findCardBrief(message.id));
    case 'open-brief': {
      if (!findBrief(message.id)) return undefined;
      const key = tabId ?? -1;
      const now = Date.now();
      if (now - (lastOpened.get(key) ?? -Infinity) < openBriefIntervalMs) return Promise.resolve();
      lastOpened.set(key, now);
      return browser.tabs.create({ url: browser.runtime.getURL(`popup.html?full#/brief/${encodeURIComponent(message.id)}`) }).then(() => undefined);
    }
    default:
      return unhandled(message);
  }
}
