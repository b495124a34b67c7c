// Languages named in the language of the messages ("pl" -> "Polish"), by Intl.DisplayNames: part of
// JavaScript itself, so the popup, the content script and the card have it in both browsers (Chrome 81, Firefox 86).
import { displayLocale, t } from './i18n.ts';

/** Codes that name no language a text is written in. */
const notLanguages: ReadonlySet<string> = new Set(['mul', 'und', 'zxx']);
/** Every brief is written in English. */
const briefLanguage = 'en';

let names: Intl.DisplayNames | undefined;

/** A language's name from its primary subtag; undefined for a code the browser does not know. */
export function languageName(code: string): string | undefined {
  if (!/^[a-z]{2,3}$/.test(code) || notLanguages.has(code)) return undefined;
  names ??= new Intl.DisplayNames([displayLocale()], { type: 'language', fallback: 'none' });
  return names.of(code);
}

/** For text in a known language other than the briefs': "This brief is in English; the page is in Polish." */
export function briefLanguageNote(key: 'cardInEnglish' | 'pageInEnglish', textLanguage: string | undefined): string | undefined {
  const name = textLanguage && textLanguage !== briefLanguage ? languageName(textLanguage) : undefined;
  return name && t(key, name);
}
