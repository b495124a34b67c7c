// What is painted on screen at a point, from a screenshot: for "is the card visible above that?",
// which hit-testing cannot answer (a modal dialog makes what is outside it inert to hit-testing).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestPage } from './session.ts';

type Png = { width: number; data: Uint8Array };
// playwright-core bundles pngjs and exports the bundle: no dependency of our own for reading a PNG.
const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { PNG: { sync: { read(data: Buffer): Png } } };

/** The colour painted at viewport point (x, y), as CSS writes it: rgb(r, g, b). */
export async function paintedAt(page: TestPage, x: number, y: number): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'backstory-pixels-'));
  try {
    const file = join(folder, 'screen.png');
    await page.screenshot(file);
    const png = PNG.sync.read(readFileSync(file));
    const at = (Math.round(y) * png.width + Math.round(x)) * 4;
    return `rgb(${png.data[at]}, ${png.data[at + 1]}, ${png.data[at + 2]})`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
