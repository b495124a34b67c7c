// What a test needs from a browser with the built extension loaded, the same for Chromium and Firefox.
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until the function, run in the page with `arg`, returns something truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text with the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** A real pointer click at this point of the viewport. */
  click(x: number, y: number): Promise<void>;
  /** Emulates the system's light or dark theme (prefers-color-scheme). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Runs a script's source in the page as devtools would: extension pages allow no eval of their own. */
  runScript(source: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  name: BrowserName;
  /** Opens a page served from 127.0.0.1 and waits for its DOM. */
  open(url: string): Promise<TestPage>;
  /** Opens the extension's own page (popup.html, options.html), with an optional query string. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Errors logged by pages or the extension since the session started, or since the last clearErrors(). */
  errors(): string[];
  clearErrors(): void;
  close(): Promise<void>;
}

export const distDir = new URL('../../../dist/', import.meta.url).pathname;
