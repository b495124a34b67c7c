import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { defaultSettings, parseSettings, settingsKey, type Settings } from '../shared/settings.ts';

/** The settings in storage.local, kept current; `save` writes a change that open tabs apply at once. */
export function useSettings(): [Settings, (next: Settings) => void] {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    void browser.storage.local.get(settingsKey).then((stored) => setSettings(parseSettings(stored[settingsKey])));
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[settingsKey]) setSettings(parseSettings(changes[settingsKey].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const save = (next: Settings) => {
    setSettings(next);
    void browser.storage.local.set({ [settingsKey]: next });
  };
  return [settings, save];
}
