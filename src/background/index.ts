import browser from 'webextension-polyfill';
import { call, type ContentCalls } from '../shared/messages.ts';
import { createContextMenu, listenToContextMenu } from './context-menu.ts';
import { opensWelcome, welcomePage } from './first-run.ts';
import { forgetTab } from './frame-mentions.ts';
import { routeMessage } from './router.ts';

// Content scripts hold a port open only to learn when the extension reloads (see content/index.ts).
browser.runtime.onConnect.addListener(() => undefined);
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => routeMessage(message, sender));

// A tab that loads a new document, or closes, takes its frames' reports with it.
browser.tabs.onUpdated.addListener((tabId, change) => change.status === 'loading' && forgetTab(tabId));
browser.tabs.onRemoved.addListener(forgetTab);

browser.runtime.onInstalled.addListener((details) => {
  if (opensWelcome(details)) void browser.tabs.create({ url: browser.runtime.getURL(welcomePage) });
  void createContextMenu();
});
listenToContextMenu();

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'next-mention') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const send = (message: unknown) => browser.tabs.sendMessage(tab.id!, message, { frameId: 0 });
  await call<ContentCalls, 'next-mention'>(send, { type: 'next-mention' }).catch(() => undefined);
});
