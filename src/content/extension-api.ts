// The content script runs on every page, so it leaves out webextension-polyfill (10 KB) and uses the
// browser's own API: in Manifest V3 both Chrome's `chrome` and Firefox's `browser` return promises.
// One difference remains: Chrome ignores a promise returned by an onMessage listener, so replies go
// through sendResponse (see answerMessages).
import type Browser from 'webextension-polyfill';

type ExtensionApi = Pick<typeof Browser, 'runtime' | 'storage'>;
const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
export const extension = (scope.browser ?? scope.chrome)!;

export function answerMessages(answer: (message: unknown) => Promise<unknown> | undefined): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const reply = answer(message);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  extension.runtime.onMessage.addListener(listener as never);
}
