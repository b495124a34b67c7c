// Uncaught errors of the extension's own code, read from the browser's own log. It is the only record of an
// error thrown in Chromium's service worker (Playwright gives workers no pageerror event) and of any error in
// Firefox's background page, which its remote protocol does not expose.

/** The log's lines for errors thrown in `origin`'s scripts, in Chromium's and Firefox's formats. */
export function extensionErrorsIn(log: string, origin: string): string[] {
  return log.split('\n').flatMap((line) => {
    // Chromium (--enable-logging): [pid:tid:time:INFO:CONSOLE:1] "Uncaught Error: ...", source: chrome-extension://id/background.js (1)
    const chromium = /:CONSOLE(?::\d+)?\] "(Uncaught.*)", source: (\S+)/.exec(line);
    if (chromium?.[2]!.startsWith(`${origin}/`)) return [`${chromium[1]} (${chromium[2]}, from the browser's log)`];
    // Firefox (stdout): JavaScript error: moz-extension://uuid/background.js, line 1: Error: ...
    if (line.startsWith(`JavaScript error: ${origin}/`)) return [`${line.slice('JavaScript error: '.length)} (from the browser's log)`];
    return [];
  });
}

/** The errors logged since the last `clear()`; `read` gives the whole log so far. */
export function watchBrowserLog(read: () => string, origin: string): { errors(): string[]; clear(): void } {
  let from = 0;
  return {
    errors: () => extensionErrorsIn(read().slice(from), origin),
    clear: () => void (from = read().length),
  };
}
