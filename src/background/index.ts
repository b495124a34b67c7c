import browser from 'webextension-polyfill';
import { call, type ContentCalls } from '../shared/messages.ts';
import { createContextMenu, listenToContextMenu } from './context-menu.ts';
import { opensWelcome, welcomePage } from './first-run.ts';
import { forgetTab, framesWithMarks } from './frame-mentions.ts';
import { forgetCursor, goToNextMention } from './next-mention.ts';
import { routeMessage } from './router.ts';

// Content scripts hold a port open only to learn when the extension reloads (see content/index.ts).
browser.runtime.onConnect.addListener(() => undefined);
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => routeMessage(message, sender));

// A tab that loads a new document, or closes, takes its frames' reports with it.
const forget = (tabId: number) => {
  forgetTab(tabId);
  forgetCursor(tabId);
};
browser.tabs.onUpdated.addListener((tabId, change) => change.status === 'loading' && forget(tabId));
browser.tabs.onRemoved.addListener(forget);

browser.runtime.onInstalled.addListener((details) => {
  if (opensWelcome(details)) void browser.tabs.create({ url: browser.runtime.getURL(welcomePage) });
  void createContextMenu();
});
listenToContextMenu();

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'next-mention') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  await goToNextMention(tabId, framesWithMarks(tabId), (frameId, from) =>
    call<ContentCalls, 'next-mention'>((message) => browser.tabs.sendMessage(tabId, message, { frameId }), { type: 'next-mention', from }),
  );
});
