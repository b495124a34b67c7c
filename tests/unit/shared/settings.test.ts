import { describe, expect, it } from 'vitest';
import { defaultSettings, isActiveOn, parseSettings, withSite } from '../../../src/shared/settings.ts';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings);
  });

  it.each([null, 42, 'settings', [], true])('falls back to the defaults for corrupt input %j', (stored) => {
    expect(parseSettings(stored)).toEqual(defaultSettings);
  });

  it('keeps valid fields and repairs corrupt ones one by one', () => {
    const parsed = parseSettings({ enabled: 'yes', markEveryMention: true, kinds: { place: false, person: 'no' }, hoverDelayMs: 'slow', disabledSites: ['a.example', 7, '', 'a.example'] });
    expect(parsed).toEqual({
      ...defaultSettings,
      markEveryMention: true,
      kinds: { ...defaultSettings.kinds, place: false },
      disabledSites: ['a.example'],
    });
  });

  it('keeps the hover delay within range', () => {
    expect(parseSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(parseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(300);
    expect(parseSettings({ hoverDelayMs: 412.6 }).hoverDelayMs).toBe(413);
  });

  it('ignores unknown fields', () => {
    expect(parseSettings({ theme: 'pink' })).toEqual(defaultSettings);
  });
});

describe('site switches', () => {
  it('turns a site off and on again without touching others', () => {
    const off = withSite({ ...defaultSettings, disabledSites: ['b.example'] }, 'a.example', false);
    expect(off.disabledSites).toEqual(['a.example', 'b.example']);
    expect(isActiveOn(off, 'a.example')).toBe(false);
    expect(isActiveOn(off, 'c.example')).toBe(true);
    expect(withSite(off, 'a.example', true).disabledSites).toEqual(['b.example']);
  });

  it('is off everywhere when disabled', () => {
    expect(isActiveOn({ ...defaultSettings, enabled: false }, 'a.example')).toBe(false);
  });
});
