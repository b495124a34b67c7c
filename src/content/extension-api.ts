// The content script runs on every page, so it leaves out webextension-polyfill (10 KB) and uses the
// browser's own API: in Manifest V3 both Chrome's `chrome` and Firefox's `browser` return promises.
// One difference remains: Chrome ignores a promise returned by an onMessage listener, so replies go
// through sendResponse (see answerMessages).
import type Browser from 'webextension-polyfill';
import { call, type BackgroundCalls, type RequestOf, type ResponseOf } from '../shared/messages.ts';

type ExtensionApi = Pick<typeof Browser, 'runtime' | 'storage'>;
const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
export const extension = (scope.browser ?? scope.chrome)!;

const orphanedListeners: (() => void)[] = [];
let orphaned = false;

/** After an extension update, reload or removal this script is cut off: whatever it started must go. */
export function onOrphaned(listener: () => void): void {
  orphanedListeners.push(listener);
}

/** True once the extension this script belongs to is gone ("Extension context invalidated"). */
export function isOrphaned(): boolean {
  if (!orphaned) {
    let id: string | undefined;
    try {
      id = extension.runtime?.id;
    } catch {
      id = undefined;
    }
    if (id) return false;
    orphaned = true;
    for (const listener of orphanedListeners.splice(0)) listener();
  }
  return true;
}

/**
 * A call to the background that never throws into the page: Chrome's sendMessage throws
 * synchronously in an orphaned script, which a plain `.catch()` would miss. Undefined on failure.
 */
export async function sendToBackground<K extends keyof BackgroundCalls & string>(
  message: { type: K } & RequestOf<BackgroundCalls, K>,
): Promise<ResponseOf<BackgroundCalls, K> | undefined> {
  if (isOrphaned()) return undefined;
  try {
    return await call<BackgroundCalls, K>((m) => extension.runtime.sendMessage(m), message);
  } catch {
    isOrphaned();
    return undefined;
  }
}

export function answerMessages(answer: (message: unknown) => Promise<unknown> | undefined, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== extension.runtime.id) return false;
    const reply = answer(message);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  extension.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => extension.runtime.onMessage.removeListener(listener as never), { once: true });
}
