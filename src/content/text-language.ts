import { primaryLanguage } from '../shared/inflection.ts';

/** The language of an element's text, as a primary subtag ('' if none): its closest `lang`, across shadow roots to their hosts. */
export function languageOf(element: Element | null): string {
  for (let from = element; from; ) {
    const tagged = from.closest('[lang]');
    if (tagged) return primaryLanguage(tagged.getAttribute('lang')!);
    const root = from.getRootNode();
    from = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}
