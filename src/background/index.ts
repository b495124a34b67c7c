import browser from 'webextension-polyfill';
import { call, type ContentCalls } from '../shared/messages.ts';
import { createContextMenu, listenToContextMenu } from './context-menu.ts';
import { opensWelcome, welcomePage } from './first-run.ts';
import { routeMessage } from './router.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => routeMessage(message, sender));

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
