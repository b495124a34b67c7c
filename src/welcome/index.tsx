// The welcome page a fresh install opens. Its sample is read by the real content pipeline (matcher,
// highlights, hover card), so it looks and behaves exactly as names on any page do.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import tables from 'backstory:matcher-tables';
import { createCardHost } from '../content/card/card-host.ts';
import { sendToBackground } from '../content/extension-api.ts';
import { mayMention } from '../content/may-mention.ts';
import { startSession } from '../content/session.ts';
import { readSettings, watchSettings } from '../shared/settings-store.ts';
import { setPageLanguage } from '../ui/page-language.ts';
import { WelcomeApp } from './WelcomeApp.tsx';

setPageLanguage('welcomeTitle');

render(<WelcomeApp />, document.getElementById('app')!);

void readSettings(browser.storage).then((settings) => {
  // The reader's own choices of kinds and mode apply; the site rules are for web pages, not this one.
  // The root says when the sample is read, for the tests: this page is ours, no page script reads it.
  const session = startSession(
    settings,
    () => session.scanStats() && (document.documentElement.dataset.sampleRead = 'true'),
    // All bundled: Chrome's per-session URL of session.js or card.js is another origin to an extension page's script-src 'self'.
    { send: sendToBackground, mayMention, makeCard: (signal) => createCardHost(signal, { inspectable: true }), tables },
  );
  watchSettings(browser.storage, (next) => session.update(next));
});
