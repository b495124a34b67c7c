import { beforeAll } from 'vitest';
import { writeSettings } from './page-probes.ts';
import type { ExtensionSession } from './session.ts';
import { useTestBed, type TestBed } from './test-bed.ts';

/** The hostile pages served from 127.0.0.1, with `settings` written. */
export function useHostileBed(launch: () => Promise<ExtensionSession>, settings: object): TestBed {
  const bed = useTestBed(launch, { '/': 'tests/fixtures/pages/hostile' });
  beforeAll(async () => {
    await writeSettings(bed.session, settings);
  });
  return bed;
}
