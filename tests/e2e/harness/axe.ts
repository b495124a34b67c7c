// axe-core run in a page of the extension, from the test's side: its script is evaluated by the
// browser's automation channel, which the page's CSP does not govern, so nothing of it is shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './session.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/** Every WCAG 2.x A and AA violation axe finds in the page as it is now. */
export async function axeViolations(page: TestPage): Promise<AxeViolation[]> {
  await page.evaluate(axeSource as never);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
