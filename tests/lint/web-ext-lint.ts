// web-ext lint on dist/: no error, and no warning but the two that ../shared/notes/browser-testing.md explains.
import { execFileSync } from 'node:child_process';

const allowedWarnings = new Map([
  ['BACKGROUND_SERVICE_WORKER_IGNORED', 'one manifest for both browsers declares service_worker and scripts'],
  ['UNSAFE_VAR_ASSIGNMENT', "Preact's own DOM code assigns innerHTML for dangerouslySetInnerHTML, which Backstory never uses"],
]);

interface Finding {
  code: string;
  message: string;
  file?: string;
}

let output: string;
try {
  output = execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
} catch (error) {
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const unexpected = report.warnings.filter((w) => !allowedWarnings.has(w.code) || (w.code === 'UNSAFE_VAR_ASSIGNMENT' && !/^(popup|options|welcome|card|map)\.js$/.test(w.file ?? '')));
const show = (f: Finding) => `  ${f.code} ${f.file ?? ''}: ${f.message}`;

for (const w of report.warnings.filter((w) => !unexpected.includes(w))) console.log(`allowed warning ${w.code} (${w.file}): ${allowedWarnings.get(w.code)}`);
if (report.errors.length > 0 || unexpected.length > 0) {
  console.error(`web-ext lint: ${report.errors.length} error(s), ${unexpected.length} unexpected warning(s)`);
  [...report.errors, ...unexpected].forEach((f) => console.error(show(f)));
  process.exit(1);
}
console.log(`web-ext lint: 0 errors, ${report.warnings.length} allowed warning(s), ${report.notices.length} notice(s)`);
