// axe-core in the real browsers: injected into the page under test, run on the whole document, the result
// printed in the test output (rules passed, violations with their nodes) and returned for the test to check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './session.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

type Axe = {
  run(context: Document, options: object): Promise<{ passes: unknown[]; violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
};

export async function runAxe(page: TestPage, label: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.runScript(axeSource);
  const result = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: Axe };
    const run = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], resultTypes: ['violations'] });
    return {
      passed: run.passes.length,
      violations: run.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    };
  });
  const details = result.violations.map((v) => `\n    ${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`).join('');
  console.log(`axe ${label}: ${result.violations.length} violations, ${result.passed} rules passed${details}`);
  return result.violations;
}
