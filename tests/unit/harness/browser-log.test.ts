import { describe, expect, it } from 'vitest';
import { extensionErrorsIn, watchBrowserLog } from '../../e2e/harness/browser-log.ts';

const chromiumLog = [
  '[8579:8579:1202/170703.456762:INFO:CONSOLE:2] "Logged, not thrown", source: chrome-extension://abc/background.js (2)',
  '[8579:8579:1202/170703.466817:INFO:CONSOLE:1] "Uncaught Error: thrown", source: chrome-extension://abc/background.js (1)',
  '[8579:8579:1202/170703.466817:INFO:CONSOLE:9] "Uncaught (in promise) Error: rejected", source: chrome-extension://abc/popup.js (9)',
  '[8579:8579:1202/170703.466817:INFO:CONSOLE:3] "Uncaught Error: the page\'s", source: http://127.0.0.1:8000/page.html (3)',
  '[8579:8579:1202/170703.466817:INFO:CONSOLE:3] "Uncaught Error: another extension\'s", source: chrome-extension://abcd/x.js (3)',
].join('\n');

const firefoxLog = [
  'console.error: "Logged, not thrown"',
  'JavaScript error: moz-extension://uuid/background.js, line 1: Error: thrown',
  'JavaScript error: http://127.0.0.1:8000/page.html, line 3: Error: the page\'s',
  'JavaScript warning: moz-extension://uuid/content.js, line 2: a warning',
].join('\n');

describe('extensionErrorsIn', () => {
  it("keeps Chromium's uncaught errors and rejections of the extension's scripts only", () => {
    expect(extensionErrorsIn(chromiumLog, 'chrome-extension://abc')).toEqual([
      "Uncaught Error: thrown (chrome-extension://abc/background.js, from the browser's log)",
      "Uncaught (in promise) Error: rejected (chrome-extension://abc/popup.js, from the browser's log)",
    ]);
  });

  it("keeps Firefox's errors of the extension's scripts only", () => {
    expect(extensionErrorsIn(firefoxLog, 'moz-extension://uuid')).toEqual(["moz-extension://uuid/background.js, line 1: Error: thrown (from the browser's log)"]);
  });
});

describe('watchBrowserLog', () => {
  it('gives the errors logged since the last clear', () => {
    let log = 'JavaScript error: moz-extension://uuid/a.js, line 1: Error: one\n';
    const watch = watchBrowserLog(() => log, 'moz-extension://uuid');
    expect(watch.errors()).toHaveLength(1);
    watch.clear();
    expect(watch.errors()).toEqual([]);
    log += 'JavaScript error: moz-extension://uuid/a.js, line 2: Error: two\n';
    expect(watch.errors()).toEqual(["moz-extension://uuid/a.js, line 2: Error: two (from the browser's log)"]);
  });
});
