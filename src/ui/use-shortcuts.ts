import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

interface Shortcut {
  /** The manifest's command name, or the browser's own `_execute_action`. */
  name: string;
  description: string;
  /** Empty when the browser left the shortcut unbound. */
  keys: string;
}

// Firefox 137+ opens its shortcut page for us; Chrome's page is a tab any extension may open.
type Commands = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
const commands = browser.commands as Commands;

export const openShortcutSettings = (): Promise<unknown> =>
  commands.openShortcutSettings ? commands.openShortcutSettings() : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

/** The extension's shortcuts with their current keys; undefined until the browser has answered. */
export function useShortcuts(): Shortcut[] | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  useEffect(() => {
    void commands.getAll().then((all) => setShortcuts(all.map((c) => ({ name: c.name ?? '', description: c.description ?? '', keys: c.shortcut ?? '' }))));
  }, []);
  return shortcuts;
}
