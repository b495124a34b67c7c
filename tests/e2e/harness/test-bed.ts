import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/build/static-server.ts';
import { openControlPage } from './extension-calls.ts';
import type { ExtensionSession } from './session.ts';

export interface TestBed {
  session: ExtensionSession;
  /** Where the pages are served, http://127.0.0.1:PORT */
  origin: string;
}

/**
 * For the tests of one describe block: a browser with the built extension, and a server for the pages. The tests'
 * control page is opened first: opened later, by the first call a test makes, it would send the page under test to
 * the background, where Firefox throttles its timers, its highlights are not registered and its End key is ignored.
 */
export function useTestBed(launch: () => Promise<ExtensionSession>, roots: Record<string, string>, options?: Parameters<typeof serveStatic>[1]): TestBed {
  const bed = {} as TestBed;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(roots, options);
    bed.origin = server.origin;
    bed.session = await launch();
    await openControlPage(bed.session);
  });
  afterAll(async () => {
    await bed.session?.close();
    await server?.close();
  });
  return bed;
}
