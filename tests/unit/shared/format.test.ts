import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDayMonth, kindLabels, kindPluralLabels } from '../../../src/shared/format.ts';
import { getMessage } from '../i18n/english-i18n.ts';

const chrome = (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome;

/** format.ts loaded afresh in a browser whose UI language is `ui`. */
async function formatIn(ui: string) {
  vi.resetModules();
  chrome.i18n = { getMessage, getUILanguage: () => ui } as typeof chrome.i18n;
  return import('../../../src/shared/format.ts');
}

afterEach(() => {
  chrome.i18n = { getMessage, getUILanguage: () => 'en-GB' } as typeof chrome.i18n;
});

describe('formatDate', () => {
  it('writes a full date with a short month, in the UI language (en-GB here)', () => expect(formatDate('2025-12-02')).toBe('2 Dec 2025'));
  it('writes a month or a year alone', () => {
    expect(formatDate('2014-03')).toBe('Mar 2014');
    expect(formatDate('2014')).toBe('2014');
  });
  it('shows anything else as given', () => expect(formatDate('early 2026')).toBe('early 2026'));
  it('follows a UI language in the language of the messages, and falls back to the messages’ language otherwise', async () => {
    expect((await formatIn('en-US')).formatDate('2025-12-02')).toBe('Dec 2, 2025');
    // German UI, English messages (there is no German translation): an English date, not "2. Dez. 2025" in an English sentence.
    expect((await formatIn('de-DE')).formatDate('2025-12-02')).toBe('Dec 2, 2025');
  });
});

describe('formatDayMonth', () => {
  it('leaves out the year of a full date, in the UI language', async () => {
    expect(formatDayMonth('2025-12-01')).toBe('1 Dec');
    expect((await formatIn('en-US')).formatDayMonth('2025-12-01')).toBe('Dec 1');
  });
  it('writes anything but a full date as formatDate does', () => {
    expect(formatDayMonth('2014-03')).toBe('Mar 2014');
    expect(formatDayMonth('2026')).toBe('2026');
  });
});

describe('kind labels', () => {
  it('are whole words from the messages, never a label with an "s" added', () => {
    expect(kindLabels.person).toBe('Person');
    expect(kindPluralLabels.person).toBe('People');
    expect(Object.values(kindPluralLabels)).toEqual(['People', 'Places', 'Organisations', 'Documents', 'Events']);
  });
});
