// npm run build with bad seeds: a non-zero exit, every problem named, and the output folder left as it was.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'backstory-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(seeds: string, outdir: string, ...flags: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'src/build/build.ts', '--seeds', seeds, '--outdir', outdir, ...flags], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: `${stdout}${stderr}` };
  }
}

describe('npm run build', () => {
  it('fails on bad seeds, names file, entry and field of every problem, and writes nothing', () => {
    const seeds = join(work, 'seeds');
    cpSync('tests/fixtures/seeds/valid', seeds, { recursive: true });
    cpSync('tests/fixtures/seeds/bad/many-problems', seeds, { recursive: true });
    const outdir = join(work, 'dist');
    cpSync('tests/fixtures/seeds/valid', outdir, { recursive: true });
    writeFileSync(join(outdir, 'marker.txt'), 'the previous build');

    const { status, output } = build(seeds, outdir);
    expect(status).not.toBe(0);
    expect(output).toContain('entities/people.json: entry "ada", field "facts"');
    expect(output).toContain('entities/people.json: entry "ada", field "place.lon"');
    expect(output).toContain('stories/test-story.json: entry "test-story", field "quotes[0].speaker": unknown entity id "nobody"');
    expect(output).toContain('was left as it was');
    expect(readFileSync(join(outdir, 'marker.txt'), 'utf8')).toBe('the previous build');
  }, 30_000);

  it('builds good seeds into a loadable extension folder', () => {
    const outdir = join(work, 'good');
    const { status } = build('tests/fixtures/seeds/valid', outdir);
    expect(status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    for (const file of ['background.js', 'content.js', 'card.js', 'popup.js', 'options.js', 'popup.html', 'highlights.css', 'icons/icon-128.png']) {
      expect(() => readFileSync(join(outdir, file)), file).not.toThrow();
    }
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
  }, 30_000);

  it('builds the error canary only into another folder than dist/', () => {
    const refused = build('tests/fixtures/seeds/valid', 'dist', '--canary');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('dist/ is always the real build');
    const outdir = join(work, 'canary');
    expect(build('tests/fixtures/seeds/valid', outdir, '--canary').status).toBe(0);
    expect(readFileSync(join(outdir, 'content.js'), 'utf8')).toContain('Backstory canary');
  }, 30_000);
});
