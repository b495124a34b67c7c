// What a test needs from a browser with the built extension loaded, the same for Chromium and Firefox.
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until the function, run in the page with `arg`, returns something truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A real mouse wheel turn where the pointer is, in pixels (positive deltaY scrolls down). */
  wheel(deltaX: number, deltaY: number): Promise<void>;
  /** Makes this the tab in front: a tab behind the tests' control page gets no intersection updates in Firefox. */
  bringToFront(): Promise<void>;
  /** A real pointer click at page coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** What `prefers-color-scheme` answers in this page from now on. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  press(key: string): Promise<void>;
  /** Moves the mouse to the middle of the first element matching the selector and clicks there. */
  click(selector: string): Promise<void>;
  /** Types into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  /** Runs a script's source in the page, as the devtools console would (for axe-core; pages forbid eval). */
  runScript(source: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  name: BrowserName;
  /** Opens a page served from 127.0.0.1 and waits for its DOM. */
  open(url: string): Promise<TestPage>;
  /** Opens the extension's own page (popup.html, options.html), with an optional query string; `beforeScripts` runs in it before its own scripts (Chromium only). */
  openExtensionPage(path: string, options?: { beforeScripts?: () => void }): Promise<TestPage>;
  /** Errors logged by pages or the extension since the session started, or since the last clearErrors(). */
  errors(): string[];
  clearErrors(): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** The built extension to load: dist/ unless a test builds its own. */
  extensionDir?: string;
  /** host:port of an HTTP proxy for every request, loopback included (see recording-proxy.ts). */
  proxy?: string;
}

export const distDir = new URL('../../../dist/', import.meta.url).pathname;

const sessions = new WeakMap<TestPage, ExtensionSession>();
/** Remembers which browser session opened a page, for probes that call the extension about it. */
export function pageOf(session: ExtensionSession, page: TestPage): TestPage {
  sessions.set(page, session);
  return page;
}
export function sessionOf(page: TestPage): ExtensionSession {
  const session = sessions.get(page);
  if (!session) throw new Error('this page was not opened by an ExtensionSession');
  return session;
}
