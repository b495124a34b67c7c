// axe-core on a page, with every violation printed, so the test output shows the result either way; and screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './session.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** WCAG 2.x A and AA rules and axe's best practices; returns the violations after printing them. */
const wcag22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function runAxe(page: TestPage, label: string): Promise<AxeViolation[]> {
  await page.runScript(axeSource);
  const { passed, violations } = await page.evaluate(async (values: string[]) => {
    type Result = { passes: unknown[]; violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    return { passed: result.passes.length, violations };
  }, wcag22);
  // No rule passing would mean axe checked nothing (an empty page, or axe not loaded).
  if (passed === 0) throw new Error(`axe checked nothing on ${label}`);
  console.log(`axe ${label}: ${violations.length} violation(s), ${passed} rules passed${violations.map((v) => `\n  ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`).join('')}`);
  return violations;
}

/** A full-length screenshot for the README gallery, in docs/screenshots/. */
async function screenshot(page: TestPage, file: string): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await page.setViewport(1000, Math.min(height, 2400));
  await page.screenshot(`docs/screenshots/${file}`);
}

/** axe, then the screenshot `docs/screenshots/PAGE-BROWSER-SCHEME.png`; gives the violations. */
export async function auditPage(page: TestPage, pageName: string, browser: string, scheme: 'light' | 'dark'): Promise<AxeViolation[]> {
  const violations = await runAxe(page, `${pageName}.html (${browser}, ${scheme})`);
  await screenshot(page, `${pageName}-${browser}-${scheme}.png`);
  return violations;
}
