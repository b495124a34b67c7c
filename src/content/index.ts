// The content script's entry: settings decide whether a session runs on this page; messages from
// the popup and the background are checked, then answered.
import { isContentMessage, unhandled, type ContentMessage, type PageReport } from '../shared/messages.ts';
import { mergeMentions } from '../shared/page-mentions.ts';
import { isActiveOn, type Settings } from '../shared/settings.ts';
import { readSettings, watchSettings } from '../shared/settings-store.ts';
import { answerMessages, extension, isOrphaned, onOrphaned, sendToBackground } from './extension-api.ts';
import { frameHost, isReadableDocument, isTopFrame } from './frame-site.ts';
import { mayMention } from './may-mention.ts';
import { awaitMention, type MentionGate } from './mention-gate.ts';
import { ownModule } from './own-module.ts';
import { pageReportOf } from './page-report.ts';
import type { Session } from './session.ts';
import { hasReadableText } from './text-blocks.ts';

let session: Session | undefined;
/** Waits for text that may name someone before a session starts. */
let gate: MentionGate | undefined;
/** While session.js is imported. */
let starting = false;
let settings: Settings | undefined;
let reportTimer: ReturnType<typeof setTimeout> | undefined;
const lifetime = new AbortController();

/** A top document's first report with nothing in it tells the background nothing: it forgets a tab's reports as the tab loads. */
let reported = !isTopFrame;

function reportMarks() {
  clearTimeout(reportTimer);
  reportTimer = setTimeout(() => {
    const mentions = session?.report() ?? [];
    if (!reported && mentions.length === 0) return;
    reported = true;
    void sendToBackground({ type: 'report-mentions', mentions });
  }, 100);
}

/** Whether Backstory reads this frame with these settings. */
const readsHere = (current: Settings) => isActiveOn(current, frameHost()) && isReadableDocument();

function apply(next: Settings) {
  settings = next;
  if (!readsHere(settings)) {
    gate?.stop();
    gate = undefined;
    session?.stop();
    session = undefined;
  } else if (session) session.update(settings);
  else if (!starting) gate ??= awaitMention({ mayMention, cutOff: isOrphaned, onMention: () => void beginSession() });
  reportMarks();
}

type SessionModule = typeof import('./session-module.ts');
const importSession = ownModule<SessionModule>('session.js');

let watchingForOrphaning = false;
async function beginSession() {
  gate = undefined;
  if (isOrphaned()) return;
  if (!watchingForOrphaning) watchForOrphaning();
  watchingForOrphaning = true;
  starting = true;
  const module = await importSession().catch(() => undefined);
  starting = false;
  // Turned off, or cut off from the extension, meanwhile. An import of our own file fails only then (no retry:
  // one that kept failing would walk the page again and again); a settings change starts over.
  if (!module || !settings || !readsHere(settings) || isOrphaned() || lifetime.signal.aborted || session) return;
  session = module.startSession(settings, reportMarks, { send: sendToBackground, mayMention });
  reportMarks();
}

async function pageReport(): Promise<PageReport> {
  const own = session?.report() ?? [];
  const inFrames = (await sendToBackground({ type: 'get-frame-mentions' })) ?? [];
  return pageReportOf(mergeMentions([own, inFrames]), session?.pageContext());
}

/** A call for one frame (by URL), or for the top frame when it names none. */
const isForThisFrame = (message: { url?: string }) => (message.url === undefined ? isTopFrame : message.url === location.href);

function answer(message: unknown): Promise<unknown> | undefined {
  if (!isContentMessage(message)) return undefined;
  const typed: ContentMessage = message;
  switch (typed.type) {
    case 'get-page-report':
      return isTopFrame ? pageReport() : undefined;
    case 'next-mention':
      // The background sends it to one frame; a test names the frame by URL.
      if (typed.url !== undefined && typed.url !== location.href) return undefined;
      return Promise.resolve(session?.next(typed.from) ?? false);
    case 'show-mention':
      return isTopFrame ? Promise.resolve(session?.show(typed.id) ?? false) : undefined;
    case 'get-scan-stats':
      return isForThisFrame(typed) ? Promise.resolve(session?.scanStats() ?? gate?.stats() ?? null) : undefined;
    case 'get-card-state': {
      if (!isForThisFrame(typed)) return undefined;
      // Frames may share a URL (about:srcdoc): one without a card leaves the answer to one that has it.
      const state = session?.cardState() ?? null;
      return state || typed.url === undefined ? Promise.resolve(state) : undefined;
    }
    case 'get-shown-marks':
      return isForThisFrame(typed) ? Promise.resolve(session?.shownMarks() ?? []) : undefined;
    default:
      return unhandled(typed);
  }
}

function stop() {
  lifetime.abort();
  clearTimeout(reportTimer);
  gate?.stop();
  gate = undefined;
  session?.stop();
  session = undefined;
}

/**
 * Chrome gives an orphaned script no event, but a port to the background is cut when the extension
 * reloads or updates; a port cut for another reason (the service worker going idle) leaves runtime.id set.
 * Opened with the first session: until then the script has nothing on the page to take down.
 */
function watchForOrphaning() {
  try {
    // Chrome cuts the port a moment before it clears runtime.id: look again shortly after.
    extension.runtime.connect({ name: 'content' }).onDisconnect.addListener(() => {
      for (const delayMs of [0, 200, 1000, 3000]) setTimeout(isOrphaned, delayMs);
    });
  } catch {
    isOrphaned();
  }
}

async function main() {
  onOrphaned(stop);
  const stored = await readSettings(extension.storage);
  if (lifetime.signal.aborted) return;
  apply(stored);
  const unwatch = watchSettings(extension.storage, (next) => !isOrphaned() && apply(next));
  lifetime.signal.addEventListener('abort', unwatch, { once: true });
  answerMessages(answer, lifetime.signal);
  // A page restored from the back-forward cache kept its marks, but the badge was reset.
  addEventListener('pageshow', (event) => event.persisted && reportMarks(), { signal: lifetime.signal });
}

/** A frame with no text yet (an ad slot, a blank frame) costs nothing more until text arrives. */
function whenReadable(start: () => void) {
  if (isTopFrame || hasReadableText(document)) return start();
  const observer = new MutationObserver(() => {
    if (!hasReadableText(document)) return;
    observer.disconnect();
    start();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

whenReadable(() => void main().catch(() => isOrphaned()));
