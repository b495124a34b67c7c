// Settings: schema, defaults and parsing. Whatever storage holds, parseSettings returns valid settings:
// a field that is missing or corrupt falls back to its default, and the rest is kept.
import { entityKinds, type EntityKind } from './alias-index.ts';

export interface Settings {
  /** Off everywhere when false. */
  enabled: boolean;
  /** Host names where Backstory is off. */
  disabledSites: string[];
  /** Calm mode marks the first mention of each entity per section; this marks every one. */
  markEveryMention: boolean;
  kinds: Record<EntityKind, boolean>;
  /** How long the pointer rests on a name before its card opens. */
  hoverDelayMs: number;
}

export const defaultSettings: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  markEveryMention: false,
  kinds: Object.freeze(Object.fromEntries(entityKinds.map((kind) => [kind, true])) as Record<EntityKind, boolean>),
  hoverDelayMs: 300,
});

export const hoverDelayRange = { min: 0, max: 2000 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseSettings(stored: unknown): Settings {
  const input = isRecord(stored) ? stored : {};
  const kinds = isRecord(input.kinds) ? input.kinds : {};
  const delay = input.hoverDelayMs;
  return {
    enabled: typeof input.enabled === 'boolean' ? input.enabled : defaultSettings.enabled,
    disabledSites: Array.isArray(input.disabledSites)
      ? [...new Set(input.disabledSites.filter((site): site is string => typeof site === 'string' && site.length > 0))]
      : [],
    markEveryMention: typeof input.markEveryMention === 'boolean' ? input.markEveryMention : defaultSettings.markEveryMention,
    kinds: Object.fromEntries(
      entityKinds.map((kind) => [kind, typeof kinds[kind] === 'boolean' ? kinds[kind] : true]),
    ) as Record<EntityKind, boolean>,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(hoverDelayRange.max, Math.max(hoverDelayRange.min, Math.round(delay)))
        : defaultSettings.hoverDelayMs,
  };
}

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export function withSite(settings: Settings, host: string, active: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: active ? others : [...others, host].sort() };
}

/** The key settings live under in storage.local. */
export const settingsKey = 'settings';
