// Which folder may import which: the checker behind layers.test.ts, given files as path + source.
import { dirname, join, normalize } from 'node:path';

export interface SourceFile {
  /** Relative to the repository, with forward slashes: "src/content/session.ts". */
  path: string;
  source: string;
}

// Statements at a line start (`import ... from`, `export ... from`, bare `import '...'`) and dynamic import().
const importRe = /^\s*(?:(?:import|export)\s[^;]*?from\s*|import\s*)['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;

/** The imports of a file, relative ones resolved to repository paths; packages and virtual modules as written. */
export function importsOf({ path, source }: SourceFile): string[] {
  return [...source.matchAll(importRe)]
    .map(([, statement, dynamic]) => (statement ?? dynamic)!)
    .map((spec) => (spec.startsWith('.') ? normalize(join(dirname(path), spec)).replace(/\\/g, '/') : spec));
}

const under = (path: string, folder: string) => path.startsWith(`${folder}/`);

/** Every import that crosses a layer it must not, as "file -> import: rule". */
export function layerViolations(files: SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const target of importsOf(file)) {
      const problem = ruleBroken(file.path, target);
      if (problem) problems.push(`${file.path} -> ${target}: ${problem}`);
    }
  }
  return problems;
}

/** What the matcher compiles: pure data formats, no DOM and no browser API (tsconfig.matcher.json checks). */
const matcherInputs = ['src/shared/alias-index.ts', 'src/shared/inflection.ts'];

function ruleBroken(path: string, target: string): string | undefined {
  if (under(path, 'src/matcher') && !under(target, 'src/matcher') && !matcherInputs.includes(target)) {
    return `the matcher imports only src/matcher and ${matcherInputs.join(', ')}`;
  }
  if (under(path, 'src/content') && ['src/popup', 'src/background', 'src/build', 'src/options', 'src/ui'].some((f) => under(target, f))) {
    return 'the content script never imports the popup, background, options, UI or build code';
  }
  if (under(path, 'src') && !under(path, 'src/build') && under(target, 'src/build')) return 'runtime code never imports src/build';
  return undefined;
}
