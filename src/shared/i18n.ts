// Every word Backstory shows comes from _locales/<language>/messages.json through here (browser.i18n), in
// every context: pages, background, content script and card. Keys are typed from the English messages, so a
// missing key fails the type check; tests/unit/i18n/message-keys.test.ts fails on a key no code uses.
import type english from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof english;
/** A count's message, one key per plural category of its language: `base_one`, `base_other`, … (`_other` always). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

interface I18n {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}
const scope = globalThis as unknown as { browser?: { i18n: I18n }; chrome?: { i18n: I18n } };
const i18n = () => (scope.browser ?? scope.chrome)!.i18n;

let locale: string | undefined;
/**
 * The locale of what is shown: the browser's UI language when the messages are in that language
 * (en-US with the English messages), else the messages' own language (a fallback to English stays English).
 */
export function displayLocale(): string {
  if (locale === undefined) {
    const messages = i18n().getMessage('messagesLanguage');
    const ui = i18n().getUILanguage();
    locale = ui.toLowerCase().split('-')[0] === messages.toLowerCase() ? ui : messages;
  }
  return locale;
}

const substitute = (values: (string | number)[]) => values.map((v) => (typeof v === 'number' ? v.toLocaleString(displayLocale()) : v));

export const t = (key: MessageKey, ...values: (string | number)[]): string => i18n().getMessage(key, substitute(values));

/** A whole message chosen by the count's plural category ("1 mention", "3 mentions"); $1 is the count. */
export function plural(base: PluralKey, count: number, ...values: (string | number)[]): string {
  const category = new Intl.PluralRules(displayLocale()).select(count);
  return i18n().getMessage(`${base}_${category}`, substitute([count, ...values])) || t(`${base}_other` as MessageKey, count, ...values);
}

/** "A", "A and B", "A, B and C", as the language lists things. */
export const listInWords = (words: string[]): string => new Intl.ListFormat(displayLocale(), { type: 'conjunction' }).format(words);
