import browser from 'webextension-polyfill';
import { isContentMessage, type PageReport } from '../shared/messages.ts';

function pageReport(): PageReport {
  return { host: location.hostname, title: document.title, mentions: [] };
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isContentMessage(message)) return undefined;
  switch (message.type) {
    case 'get-page-report':
      return Promise.resolve(pageReport());
  }
});
