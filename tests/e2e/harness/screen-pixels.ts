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

type Rgb = [r: number, g: number, b: number];

/** The page's viewport as painted now: the colour at each point. */
async function screen(page: TestPage): Promise<(x: number, y: number) => Rgb> {
  const folder = mkdtempSync(join(tmpdir(), 'backstory-pixels-'));
  try {
    const file = join(folder, 'screen.png');
    await page.screenshot(file);
    const png = PNG.sync.read(readFileSync(file));
    return (x, y) => {
      const at = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The colour painted at viewport point (x, y), as CSS writes it: rgb(r, g, b). */
export async function paintedAt(page: TestPage, x: number, y: number): Promise<string> {
  const [r, g, b] = (await screen(page))(x, y);
  return `rgb(${r}, ${g}, ${b})`;
}

/** The colours painted in a viewport box, a pixel apart. */
export async function paintedIn(page: TestPage, box: { left: number; top: number; right: number; bottom: number }): Promise<Rgb[]> {
  const at = await screen(page);
  const colours: Rgb[] = [];
  for (let y = Math.ceil(box.top); y < box.bottom; y++) for (let x = Math.ceil(box.left); x < box.right; x++) colours.push(at(x, y));
  return colours;
}
