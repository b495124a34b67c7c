// The content script's entry: settings decide whether a session runs on this page; messages from
// the popup and the background are checked, then answered.
import { call, isContentMessage, type BackgroundCalls, type PageReport } from '../shared/messages.ts';
import { pageReportOf } from './page-report.ts';
import { isActiveOn, parseSettings, settingsKey, type Settings } from '../shared/settings.ts';
import { answerMessages, extension } from './extension-api.ts';
import { startSession, type Session } from './session.ts';

let session: Session | undefined;
let reportTimer: ReturnType<typeof setTimeout> | undefined;
const isTopFrame = window === window.top;

function reportToBadge() {
  if (!isTopFrame) return;
  clearTimeout(reportTimer);
  reportTimer = setTimeout(() => {
    const count = session?.report().mentions.length ?? 0;
    call<BackgroundCalls, 'report-mentions'>((m) => extension.runtime.sendMessage(m), { type: 'report-mentions', count }).catch(stopIfOrphaned);
  }, 100);
}

function apply(settings: Settings) {
  if (!isActiveOn(settings, location.hostname)) {
    session?.stop();
    session = undefined;
  } else if (session) session.update(settings);
  else session = startSession(settings, reportToBadge);
  reportToBadge();
}

/** After an extension update or removal this script is orphaned: clean up quietly. */
function stopIfOrphaned() {
  if (extension.runtime?.id) return;
  session?.stop();
  session = undefined;
}

function answer(message: unknown): Promise<PageReport | boolean | void> | undefined {
  if (!isContentMessage(message)) return undefined;
  switch (message.type) {
    case 'get-page-report':
      return Promise.resolve(session?.report() ?? pageReportOf([]));
    case 'next-mention':
      session?.next();
      return Promise.resolve();
    case 'show-mention':
      return Promise.resolve(session?.show(message.id) ?? false);
  }
}

async function main() {
  const stored = await extension.storage.local.get(settingsKey);
  apply(parseSettings(stored[settingsKey]));
  extension.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[settingsKey]) apply(parseSettings(changes[settingsKey].newValue));
  });
  answerMessages(answer);
}

main().catch(stopIfOrphaned);
