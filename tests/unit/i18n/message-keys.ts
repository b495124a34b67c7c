// The checks between the code and _locales/en/messages.json: every key the code asks for exists, every key
// is asked for somewhere, and every message's placeholders and plural forms are complete.
export interface SourceFile {
  path: string;
  source: string;
}

export interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const calls = /\b(t|richMessage|plural)\(\s*'(\w+)'/g;
const manifestKeys = /__MSG_(\w+)__/g;
const pluralForm = /^(\w+)_(zero|one|two|few|many|other)$/;

/** Keys (plural bases for `plural`) the code asks for by name. */
export function requestedKeys(files: SourceFile[]): { keys: Set<string>; plurals: Set<string> } {
  const keys = new Set<string>();
  const plurals = new Set<string>();
  for (const { source } of files) {
    for (const [, fn, key] of source.matchAll(calls)) (fn === 'plural' ? plurals : keys).add(key!);
    for (const [, key] of source.matchAll(manifestKeys)) keys.add(key!);
  }
  return { keys, plurals };
}

export function messageKeyProblems(messages: Record<string, Message>, files: SourceFile[], language: string): string[] {
  const problems: string[] = [];
  const { keys, plurals } = requestedKeys(files);
  for (const key of keys) if (!(key in messages)) problems.push(`missing: ${key}`);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const families = new Set([...plurals, ...Object.keys(messages).flatMap((key) => pluralForm.exec(key)?.[1] ?? [])]);
  for (const base of families) for (const category of categories) if (!(`${base}_${category}` in messages)) problems.push(`missing: ${base}_${category}`);

  // A key is used where its name is written in quotes in a file that reads messages (or as __MSG_key__).
  const readers = files.filter((f) => f.path.endsWith('shared/i18n.ts') || /i18n\.ts'|rich-message\.tsx'|__MSG_/.test(f.source)).map((f) => f.source);
  const named = (name: string) => readers.some((source) => source.includes(`'${name}'`) || source.includes(`__MSG_${name}__`));
  for (const key of Object.keys(messages)) {
    const base = pluralForm.exec(key)?.[1];
    if (!named(key) && !(base && named(base))) problems.push(`unused: ${key}`);
  }

  for (const [key, { message, placeholders = {} }] of Object.entries(messages)) {
    const contents = Object.values(placeholders).map((p) => p.content).sort();
    if (contents.join() !== contents.map((_, i) => `$${i + 1}`).join()) problems.push(`placeholders of ${key} are not $1…$${contents.length}`);
    for (const [, name] of message.matchAll(/\$(\w+)\$/g)) if (!(name!.toLowerCase() in placeholders)) problems.push(`${key} has no placeholder ${name}`);
  }
  return problems;
}
