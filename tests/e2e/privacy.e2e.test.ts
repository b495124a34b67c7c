// Privacy: the browser sends every HTTP request through a recording proxy (loopback included); the
// demo page used through (scan, hover and card, popup views, search, full brief, settings) makes no
// request beyond those the page makes by itself with Backstory off, and the browsers' own services
// (which call home when they like). WebRTC and other non-HTTP traffic does not go through a proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import { hoverName, waitForScan, writeSettings } from './harness/page-probes.ts';
import { openPopup, tabIdOf } from './harness/popup.ts';
import { startRecordingProxy, type RecordingProxy } from './harness/recording-proxy.ts';
import type { ExtensionSession, LaunchOptions, TestPage } from './harness/session.ts';
import { useTestBed } from './harness/test-bed.ts';

const launchers: [string, (options?: LaunchOptions) => Promise<ExtensionSession>][] = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
];
const control = 'http://privacy-control.invalid/from-an-extension-page';
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));
/** The browsers' own services (updates, sign-in, remote settings) call home at times of their choosing. */
const browsersOwn = /^(CONNECT|GET|POST) (https?:\/\/)?([\w-]+\.)*(googleapis\.com|google\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com)[:/]/;

describe.each(launchers)('privacy in %s', (_name, launch) => {
  let proxy: RecordingProxy;
  beforeAll(async () => {
    proxy = await startRecordingProxy(() => bed.origin);
  });
  const bed = useTestBed(() => launch({ proxy: proxy.address }), { '/': 'src/demo' });
  afterAll(() => proxy?.close());

  it('the recorder sees a request made from an extension page', async () => {
    const page = await bed.session.openExtensionPage('options.html');
    await page.evaluate((url: string) => fetch(url).then(() => undefined, () => undefined), control);
    // Firefox upgrades it to HTTPS: a CONNECT to the same host.
    expect(proxy.requests().filter((request) => request.includes(new URL(control).host))).not.toEqual([]);
    await page.close();
    // The failed control request is logged as an error: not the extension's.
    bed.session.clearErrors();
  });

  it('the demo page used through: the extension makes no request of its own', async () => {
    await writeSettings(bed.session, { enabled: false });
    proxy.clear();
    const plain = await bed.session.open(`${bed.origin}/`);
    await plain.waitFor(() => document.readyState === 'complete');
    await settle();
    await plain.close();
    const byThePage = new Set(proxy.requests());
    expect([...byThePage]).toContain(`GET ${bed.origin}/`);

    await writeSettings(bed.session, {});
    proxy.clear();
    const page = await bed.session.open(`${bed.origin}/`);
    await waitForScan(bed.session, page);
    await hoverName(bed.session, page, 'Pokrovsk');
    const tabId = await tabIdOf(bed.session, await page.evaluate(() => document.title));
    const views: [string, (popup: TestPage) => Promise<unknown>][] = [
      ['', (popup) => popup.waitFor(() => document.querySelector('[data-brief]') !== null)],
      ['#/story', async () => undefined],
      ['#/briefs', async (popup) => {
        await popup.evaluate(() => document.getElementById('search')!.focus());
        await popup.type('zelenksy');
        await popup.waitFor(() => document.querySelector('#search-results [role="option"]') !== null);
      }],
      ['#/brief/pokrovsk', async () => undefined],
      ['#/map', async () => undefined],
    ];
    for (const [hash, use] of views) {
      const popup = await openPopup(bed.session, tabId, hash);
      await use(popup);
      await popup.close();
    }
    const full = await bed.session.openExtensionPage('popup.html?full#/brief/pokrovsk');
    await full.waitFor(() => document.querySelector('h1') !== null);
    await full.close();
    const options = await bed.session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('input') !== null);
    await options.close();
    await writeSettings(bed.session, { markEveryMention: true });
    await settle();
    await page.close();

    expect(proxy.requests().filter((request) => !byThePage.has(request) && !browsersOwn.test(request))).toEqual([]);
  });

  it('logs no error', () => expect(bed.session.errors()).toEqual([]));
});
