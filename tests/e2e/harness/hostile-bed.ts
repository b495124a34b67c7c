import { beforeAll } from 'vitest';
import { openControlPage } from './extension-calls.ts';
import { writeSettings } from './page-probes.ts';
import type { ExtensionSession } from './session.ts';
import { useTestBed, type TestBed } from './test-bed.ts';

/**
 * The hostile pages served from 127.0.0.1, with `settings` written and the tests' control page opened first:
 * opened later, it would send the page under test to the background, where Firefox ignores End, focus moves
 * and fullscreen is refused.
 */
export function useHostileBed(launch: () => Promise<ExtensionSession>, settings: object): TestBed {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages/hostile' });
  beforeAll(async () => {
    await writeSettings(bed.session, settings);
    await openControlPage(bed.session);
  });
  return bed;
}
