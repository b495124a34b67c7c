import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Settings } from '../shared/settings.ts';
import { readSettings, updateSettings, watchSettings } from '../shared/settings-store.ts';

export type UpdateSettings = (change: (current: Settings) => Settings) => Promise<Settings>;
const update: UpdateSettings = (change) => updateSettings(browser.storage, change);

/**
 * The stored settings, kept current: undefined until they have loaded, so nothing can be shown as set
 * (or written) from defaults. `update` applies a change to what is stored; open tabs apply it at once.
 */
export function useSettings(): [Settings | undefined, UpdateSettings] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const stop = watchSettings(browser.storage, setSettings);
    void readSettings(browser.storage).then((loaded) => setSettings((current) => current ?? loaded));
    return stop;
  }, []);
  return [settings, update];
}
