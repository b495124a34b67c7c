import { displayLocale, t, type MessageKey } from '../shared/i18n.ts';

/** An extension page's title and language from the messages: its HTML holds neither, so a translation needs no copy of it. */
export function setPageLanguage(title: MessageKey): void {
  document.title = t(title);
  document.documentElement.lang = displayLocale();
}
