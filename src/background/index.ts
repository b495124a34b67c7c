import browser from 'webextension-polyfill';
import { routeMessage } from './router.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => routeMessage(message, sender));
