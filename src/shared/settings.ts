// Settings: schema, defaults, the stored shape and its migration. Whatever storage holds, parseSettings
// returns valid settings: a field that is missing or corrupt falls back to its default alone.
import { entityKinds, type EntityKind } from './alias-index.ts';
import { siteCovers, siteNameOf } from './site-names.ts';

export const cardThemes = ['page', 'system', 'light', 'dark'] as const;
export type CardTheme = (typeof cardThemes)[number];
export const siteModes = ['everywhere', 'except-listed', 'only-listed'] as const;
export type SiteMode = (typeof siteModes)[number];

export interface Settings {
  /** Off everywhere when false, whatever the site rules say. */
  enabled: boolean;
  /** Calm mode marks a name once, at its first mention in the main text (README: What calm mode marks); this marks every mention outside the page's navigation. */
  markEveryMention: boolean;
  kinds: Record<EntityKind, boolean>;
  /** How long the pointer rests on a name before its card opens. */
  hoverDelayMs: number;
  cardTheme: CardTheme;
  siteMode: SiteMode;
  /** Sites where Backstory is off in the `except-listed` mode; kept while another mode is chosen. */
  offSites: string[];
  /** The only sites where Backstory is on in the `only-listed` mode. */
  onlySites: string[];
}

export const defaultSettings: Readonly<Settings> = Object.freeze({
  enabled: true,
  markEveryMention: false,
  kinds: Object.freeze(Object.fromEntries(entityKinds.map((kind) => [kind, true])) as Record<EntityKind, boolean>),
  hoverDelayMs: 300,
  cardTheme: 'page',
  siteMode: 'everywhere',
  offSites: [],
  onlySites: [],
});

export const hoverDelayRange = { min: 0, max: 2000 } as const;

/** The key settings live under in storage.local. */
export const settingsKey = 'settings';
/** The stored shape's version: 1 was the unversioned shape with `disabledSites`. */
export const settingsVersion = 2;
type StoredSettings = Settings & { version: typeof settingsVersion };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T => (options.includes(value as T) ? (value as T) : fallback);
const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

function siteList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.flatMap((entry) => (typeof entry === 'string' ? (siteNameOf(entry) ?? []) : []));
  return [...new Set(names)].sort();
}

/** Version 1 stored the sites where Backstory is off as `disabledSites`, with no mode. */
function migrate(input: Record<string, unknown>): Record<string, unknown> {
  if (input.version === settingsVersion) return input;
  const { disabledSites, version: _version, ...rest } = input;
  const offSites = siteList(disabledSites);
  return { ...rest, offSites, siteMode: offSites.length > 0 ? 'except-listed' : 'everywhere' };
}

export function parseSettings(stored: unknown): Settings {
  const input = migrate(isRecord(stored) ? stored : {});
  const kinds = isRecord(input.kinds) ? input.kinds : {};
  const delay = input.hoverDelayMs;
  return {
    enabled: flag(input.enabled, defaultSettings.enabled),
    markEveryMention: flag(input.markEveryMention, defaultSettings.markEveryMention),
    kinds: Object.fromEntries(entityKinds.map((kind) => [kind, flag(kinds[kind], true)])) as Record<EntityKind, boolean>,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(hoverDelayRange.max, Math.max(hoverDelayRange.min, Math.round(delay)))
        : defaultSettings.hoverDelayMs,
    cardTheme: oneOf(cardThemes, input.cardTheme, defaultSettings.cardTheme),
    siteMode: oneOf(siteModes, input.siteMode, defaultSettings.siteMode),
    offSites: siteList(input.offSites),
    onlySites: siteList(input.onlySites),
  };
}

/** What goes into storage: the settings with the version of their shape. */
export const toStored = (settings: Settings): StoredSettings => ({ version: settingsVersion, ...settings });

export function isActiveOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  switch (settings.siteMode) {
    case 'everywhere':
      return true;
    case 'except-listed':
      return !settings.offSites.some((site) => siteCovers(site, host));
    case 'only-listed':
      return settings.onlySites.some((site) => siteCovers(site, host));
  }
}

/** Turns Backstory on or off for one host (the popup's switch), in whatever way the site mode asks. */
export function withSite(settings: Settings, host: string, active: boolean): Settings {
  const name = siteNameOf(host);
  if (!name || isActiveOn({ ...settings, enabled: true }, host) === active) return settings;
  const uncovered = (list: string[]) => list.filter((site) => !siteCovers(site, host));
  if (settings.siteMode === 'only-listed') {
    return { ...settings, onlySites: active ? [...settings.onlySites, name].sort() : uncovered(settings.onlySites) };
  }
  const offSites = active ? uncovered(settings.offSites) : [...new Set([...settings.offSites, name])].sort();
  return { ...settings, siteMode: 'except-listed', offSites };
}
