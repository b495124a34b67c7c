import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsKey, settingsVersion, withSite } from '../../../src/shared/settings.ts';
import { readSettings, updateSettings, watchSettings, type SettingsStorage } from '../../../src/shared/settings-store.ts';

type Listener = Parameters<SettingsStorage['onChanged']['addListener']>[0];

/** storage.local as the browsers behave: reads and writes take a while, and every write is announced. */
function fakeStorage(initial: Record<string, unknown>, delayMs = 5) {
  let items = structuredClone(initial);
  const listeners = new Set<Listener>();
  const later = <T>(value: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), delayMs));
  const storage: SettingsStorage = {
    local: {
      get: (key) => later(() => (key in items ? { [key]: structuredClone(items[key]) } : {})),
      set: (next) =>
        later(() => {
          const changes = Object.fromEntries(Object.entries(next).map(([key, value]) => [key, { oldValue: items[key], newValue: structuredClone(value) }]));
          items = { ...items, ...structuredClone(next) };
          for (const listener of listeners) listener(changes, 'local');
        }),
    },
    onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  return { storage, items: () => items, listeners };
}

describe('the settings store', () => {
  it('reads the unversioned shape of today as settings', async () => {
    const { storage } = fakeStorage({ [settingsKey]: { disabledSites: ['a.example'], hoverDelayMs: 700 } });
    expect(await readSettings(storage)).toEqual({ ...defaultSettings, hoverDelayMs: 700, siteMode: 'except-listed', offSites: ['a.example'] });
  });

  it('applies a change made before anything was read to what is stored: the site list survives', async () => {
    const { storage, items } = fakeStorage({ [settingsKey]: { disabledSites: ['a.example', 'b.example'] } });
    await updateSettings(storage, (current) => withSite(current, 'c.example', false));
    expect(items()[settingsKey]).toEqual({ ...defaultSettings, version: settingsVersion, siteMode: 'except-listed', offSites: ['a.example', 'b.example', 'c.example'] });
  });

  it('runs one page’s writes one after another, each on the result of the last', async () => {
    const { storage, items } = fakeStorage({});
    const first = updateSettings(storage, (current) => ({ ...current, markEveryMention: true }));
    const second = updateSettings(storage, (current) => ({ ...current, hoverDelayMs: current.markEveryMention ? 100 : 900 }));
    await Promise.all([first, second]);
    expect(items()[settingsKey]).toMatchObject({ markEveryMention: true, hoverDelayMs: 100 });
  });

  it('keeps writing after a change that throws, and reports the throw to its caller', async () => {
    const { storage, items } = fakeStorage({});
    await expect(updateSettings(storage, () => { throw new Error('bad change'); })).rejects.toThrow('bad change');
    await updateSettings(storage, (current) => ({ ...current, enabled: false }));
    expect(items()[settingsKey]).toMatchObject({ enabled: false });
  });

  it('tells watchers of every change to the settings, parsed, until they stop watching', async () => {
    const { storage, listeners } = fakeStorage({});
    const seen: boolean[] = [];
    const stop = watchSettings(storage, (settings) => seen.push(settings.markEveryMention));
    await updateSettings(storage, (current) => ({ ...current, markEveryMention: true }));
    await storage.local.set({ unrelated: 1 });
    stop();
    await updateSettings(storage, (current) => ({ ...current, markEveryMention: false }));
    expect(seen).toEqual([true]);
    expect(listeners.size).toBe(0);
  });
});
