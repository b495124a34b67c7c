// The error canary: a test build whose content script and background each throw once, in their own world,
// must show up among the session's errors in both browsers, so that every file's "logs no error" can be trusted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canaryMessages } from '../../src/build/canary-plugin.ts';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import { waitForScan } from './harness/page-probes.ts';
import type { ExtensionSession, LaunchOptions } from './harness/session.ts';
import { useTestBed } from './harness/test-bed.ts';

const canaryDir = mkdtempSync(join(tmpdir(), 'backstory-canary-'));
execFileSync(process.execPath, ['--import', 'tsx', 'src/build/build.ts', '--canary', '--outdir', canaryDir], { stdio: 'pipe' });
afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

const launchers: [string, (options?: LaunchOptions) => Promise<ExtensionSession>][] = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
];

describe.each(launchers)('the error canary in %s', (_name, launch) => {
  describe('with the canary build', () => {
    const bed = useTestBed(() => launch({ extensionDir: canaryDir }), { '/': 'tests/fixtures/pages' });

    it("reports the content script's own throw, and the page is still marked", async () => {
      const page = await bed.session.open(`${bed.origin}/plain-article.html`);
      const stats = await waitForScan(bed.session, page);
      expect(stats.marks).toBeGreaterThan(0);
      await expect.poll(() => bed.session.errors().some((error) => error.includes(canaryMessages.content))).toBe(true);
      await page.close();
    });

    it("reports the background's own throw", async () => {
      await expect.poll(() => bed.session.errors().some((error) => error.includes(canaryMessages.background))).toBe(true);
    });
  });

  describe('with the real build', () => {
    const bed = useTestBed(() => launch(), { '/': 'tests/fixtures/pages' });

    it('reports nothing on the same page', async () => {
      const page = await bed.session.open(`${bed.origin}/plain-article.html`);
      await waitForScan(bed.session, page);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(bed.session.errors()).toEqual([]);
      await page.close();
    });
  });
});
