// The one reader, watcher and writer of the stored settings, for the popup, the options page, the welcome
// page and the content script (which passes the browser's own `storage`, the pages the polyfill's).
// A write is a change applied to what storage holds at that moment, never a whole object kept from
// earlier: a click before the settings have loaded cannot wipe the stored site list.
import { parseSettings, settingsKey, toStored, type Settings } from './settings.ts';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
export interface SettingsStorage {
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

export async function readSettings(storage: SettingsStorage): Promise<Settings> {
  const stored = await storage.local.get(settingsKey);
  return parseSettings(stored[settingsKey]);
}

/** Calls `onChange` with the new settings whenever any page changes them; returns the unsubscribe. */
export function watchSettings(storage: SettingsStorage, onChange: (settings: Settings) => void): () => void {
  const listener: ChangeListener = (changes, area) => {
    if (area === 'local' && changes[settingsKey]) onChange(parseSettings(changes[settingsKey].newValue));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

let writes: Promise<unknown> = Promise.resolve();

/** Reads what is stored, applies the change, writes the result; one page's writes run one after another. */
export function updateSettings(storage: SettingsStorage, change: (current: Settings) => Settings): Promise<Settings> {
  const write = writes.then(async () => {
    const next = change(await readSettings(storage));
    await storage.local.set({ [settingsKey]: toStored(next) });
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}
