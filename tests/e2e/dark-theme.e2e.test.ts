// The options and welcome pages in the dark theme: axe (contrast included) and screenshots, in both browsers.
import { describe, expect, it } from 'vitest';
import { auditPage } from './harness/axe.ts';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import { waitForSample } from './harness/page-probes.ts';
import { useTestBed } from './harness/test-bed.ts';

const darkBrowsers = [
  ['chromium', () => launchChromium({ colorScheme: 'dark' })],
  ['firefox', () => launchFirefox({ colorScheme: 'dark' })],
] as const;

describe.each(darkBrowsers)('dark theme in %s', (name, launch) => {
  const bed = useTestBed(launch, {});

  it('is dark, and the options page passes axe', async () => {
    const page = await bed.session.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('[data-command]') !== null);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await auditPage(page, 'options', name, 'dark')).toEqual([]);
    await page.close();
  });

  it('the welcome page passes axe', async () => {
    const page = await bed.session.openExtensionPage('welcome.html');
    await waitForSample(page);
    expect(await auditPage(page, 'welcome', name, 'dark')).toEqual([]);
    await page.close();
  });

  it('logs no error', () => expect(bed.session.errors().join('\n')).toBe(''));
});
