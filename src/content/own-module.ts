// Modules of ours that the content script imports on first use: session.js, and card.js from it (web-accessible,
// at a URL made per session).

// Spelled out, not through extension-api.ts: the add-on linter accepts a dynamic import only of
// `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)`. Firefox has `chrome` too.
declare const chrome: { runtime: { getURL(path: string): string } };

/** Imports `file` the first time it is wanted; a failed import (the extension was reloaded) is tried again the next time. */
export function ownModule<T>(file: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    // In a promise: getURL throws at once in a script cut off from its extension.
    (loading ??= Promise.resolve().then(() => import(chrome.runtime.getURL(file)) as Promise<T>).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
