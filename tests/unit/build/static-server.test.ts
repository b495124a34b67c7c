import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/build/static-server.ts';

describe('serveStatic', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ '/': 'tests/fixtures/pages/', '/demo/': 'src/demo' }, { headers: { 'x-test': 'yes' } });
  });
  afterAll(() => server.close());

  it('serves files under each prefix, from a root given with or without a trailing slash', async () => {
    const page = await fetch(`${server.origin}/plain-article.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('x-test')).toBe('yes');
    expect(await page.text()).toContain('Vladimir Putin');
    expect((await fetch(`${server.origin}/demo/`)).status).toBe(200);
  });

  it('never serves outside its roots', async () => {
    expect((await fetch(`${server.origin}/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.origin}/missing.html`)).status).toBe(404);
  });
});
