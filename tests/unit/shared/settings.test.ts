import { describe, expect, it } from 'vitest';
import { defaultSettings, isActiveOn, parseSettings, settingsVersion, toStored, withSite, type Settings } from '../../../src/shared/settings.ts';

const settings = (change: Partial<Settings>): Settings => ({ ...defaultSettings, ...change });

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings);
  });

  it.each([null, 42, 'settings', [], true])('falls back to the defaults for corrupt input %j', (stored) => {
    expect(parseSettings(stored)).toEqual(defaultSettings);
  });

  it('reads back what it stores', () => {
    const chosen = settings({ markEveryMention: true, cardTheme: 'dark', siteMode: 'only-listed', onlySites: ['a.example'], offSites: ['b.example'], hoverDelayMs: 150 });
    expect(parseSettings(toStored(chosen))).toEqual(chosen);
    expect(toStored(chosen).version).toBe(settingsVersion);
  });

  it('repairs each corrupt field alone and keeps the rest', () => {
    const parsed = parseSettings({
      version: settingsVersion, enabled: 'yes', markEveryMention: true, kinds: { place: false, person: 'no' }, hoverDelayMs: 'slow',
      cardTheme: 'pink', siteMode: 'sometimes', offSites: ['a.example', 7, '', 'not a site', 'A.example'], onlySites: 'b.example',
    });
    expect(parsed).toEqual(settings({ markEveryMention: true, kinds: { ...defaultSettings.kinds, place: false }, offSites: ['a.example'] }));
  });

  it('keeps the hover delay within range', () => {
    expect(parseSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(parseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(300);
    expect(parseSettings({ hoverDelayMs: 412.6 }).hoverDelayMs).toBe(413);
  });

  it('ignores unknown fields', () => {
    expect(parseSettings({ version: settingsVersion, colour: 'pink' })).toEqual(defaultSettings);
  });
});

describe('migration from the unversioned shape (version 1)', () => {
  it('turns the off-sites list into the except-listed mode and keeps every other choice', () => {
    const old = { enabled: false, disabledSites: ['b.example', 'a.example', 'a.example', 3], markEveryMention: true, kinds: { event: false }, hoverDelayMs: 500 };
    expect(parseSettings(old)).toEqual(
      settings({ enabled: false, markEveryMention: true, kinds: { ...defaultSettings.kinds, event: false }, hoverDelayMs: 500, siteMode: 'except-listed', offSites: ['a.example', 'b.example'] }),
    );
  });

  it('is on everywhere when no site was off, and a corrupt list is dropped alone', () => {
    expect(parseSettings({ disabledSites: [], markEveryMention: true })).toEqual(settings({ markEveryMention: true }));
    expect(parseSettings({ disabledSites: 42, hoverDelayMs: 100 })).toEqual(settings({ hoverDelayMs: 100 }));
  });

  it('treats a corrupt version as the old shape', () => {
    expect(parseSettings({ version: 'two', disabledSites: ['a.example'] }).offSites).toEqual(['a.example']);
  });
});

describe('site rules', () => {
  it('is on everywhere by default, off everywhere when disabled', () => {
    expect(isActiveOn(defaultSettings, 'a.example')).toBe(true);
    expect(isActiveOn(settings({ enabled: false }), 'a.example')).toBe(false);
  });

  it('covers subdomains of a listed site, not look-alike names', () => {
    const off = settings({ siteMode: 'except-listed', offSites: ['bbc.co.uk'] });
    expect(isActiveOn(off, 'bbc.co.uk')).toBe(false);
    expect(isActiveOn(off, 'www.bbc.co.uk')).toBe(false);
    expect(isActiveOn(off, 'notbbc.co.uk')).toBe(true);
    const only = settings({ siteMode: 'only-listed', onlySites: ['bbc.co.uk'] });
    expect(isActiveOn(only, 'news.bbc.co.uk')).toBe(true);
    expect(isActiveOn(only, 'cnn.com')).toBe(false);
  });

  it('ignores the lists in the everywhere mode', () => {
    expect(isActiveOn(settings({ offSites: ['a.example'], onlySites: ['b.example'] }), 'a.example')).toBe(true);
  });
});

describe('the popup switch for one site', () => {
  it('turns a site off and on again without touching others', () => {
    const off = withSite(settings({ siteMode: 'except-listed', offSites: ['b.example'] }), 'a.example', false);
    expect(off.offSites).toEqual(['a.example', 'b.example']);
    expect(isActiveOn(off, 'a.example')).toBe(false);
    expect(withSite(off, 'a.example', true).offSites).toEqual(['b.example']);
  });

  it('switches from everywhere to except-listed when a site is turned off', () => {
    const off = withSite(defaultSettings, 'a.example', false);
    expect(off).toEqual(settings({ siteMode: 'except-listed', offSites: ['a.example'] }));
  });

  it('turns on a host that a listed parent site turned off', () => {
    const on = withSite(settings({ siteMode: 'except-listed', offSites: ['bbc.co.uk', 'c.example'] }), 'www.bbc.co.uk', true);
    expect(isActiveOn(on, 'www.bbc.co.uk')).toBe(true);
    expect(on.offSites).toEqual(['c.example']);
  });

  it('adds and removes the host in the only-listed mode', () => {
    const on = withSite(settings({ siteMode: 'only-listed', onlySites: ['b.example'] }), 'a.example', true);
    expect(on.onlySites).toEqual(['a.example', 'b.example']);
    expect(withSite(on, 'www.b.example', false).onlySites).toEqual(['a.example']);
  });

  it('changes nothing when the site is already as asked, or the host is no site name', () => {
    const off = settings({ siteMode: 'except-listed', offSites: ['a.example'] });
    expect(withSite(off, 'a.example', false)).toBe(off);
    expect(withSite(defaultSettings, '', false)).toBe(defaultSettings);
  });
});
