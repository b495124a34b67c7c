// browser.i18n for the unit tests: the real English messages, substituted as the browsers do (named
// placeholders, then $1…$9, then $$), with en-GB as the UI language. Installed for every unit test
// (tests/vitest.config.ts), so components read their real words.
import { readFileSync } from 'node:fs';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const englishMessages: Record<string, Message> = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8'));

export function getMessage(name: string, substitutions: string | string[] = []): string {
  const entry = englishMessages[name];
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder: string) => entry.placeholders?.[placeholder.toLowerCase()]?.content ?? whole)
    .replace(/\$(\d)|\$\$/g, (_whole, index: string | undefined) => (index ? (values[Number(index) - 1] ?? '') : '$'));
}

(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage, getUILanguage: () => 'en-GB' } };
