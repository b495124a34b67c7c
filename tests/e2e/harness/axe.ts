// axe-core on a page, with every violation printed, so the test output shows the result either way.
import { readFileSync } from 'node:fs';
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
export async function runAxe(page: TestPage, label: string): Promise<AxeViolation[]> {
  await page.runScript(axeSource);
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  console.log(`axe ${label}: ${violations.length} violation(s)${violations.map((v) => `\n  ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`).join('')}`);
  return violations;
}
