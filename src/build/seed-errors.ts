// Problems found in seeds/, each naming file, entry, field and reason.
import type { z } from 'zod';

export interface SeedProblem {
  file: string;
  /** The entry's id, or its position when it has no usable id. */
  entry: string;
  field: string;
  reason: string;
}

export const formatProblem = (p: SeedProblem) => `${p.file}: entry "${p.entry}", field "${p.field}": ${p.reason}`;

export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`${problems.length} problem(s) in seeds/:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/** `['aliases', 2, 'text']` -> `aliases[2].text` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(entry)';
}

export function problemsFromZod(file: string, entry: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): SeedProblem[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, entry, field: fieldPath([...path, key]), reason: 'unknown field' }));
    }
    const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
    return [{ file, entry, field: fieldPath(path), reason: missing ? 'missing field' : issue.message }];
  });
}
