// The card, Preact included, is a module of its own that the content script imports the first time a
// card opens: most pages never need it, and the script that runs on every page stays small.
import type { CardHost, ShowOptions } from './card/card-host.ts';

type CardModule = typeof import('./card/index.ts');
// Spelled out, not through extension-api.ts: the add-on linter accepts a dynamic import only of
// `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)`. Firefox has `chrome` too.
declare const chrome: { runtime: { getURL(path: string): string } };

export function createLazyCard(signal: AbortSignal): CardHost {
  let card: CardHost | undefined;
  let loading: Promise<CardHost> | undefined;
  let wanted: ShowOptions | undefined;

  // A failed import is not kept: the next card tries again.
  const load = () =>
    (loading ??= (import(chrome.runtime.getURL('card.js')) as Promise<CardModule>).then(
      (module) => (card = module.createCardHost(signal)),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  return {
    show(options) {
      if (card) return card.show(options);
      wanted = options;
      load().then(
        (loaded) => {
          if (wanted && !signal.aborted) loaded.show(wanted);
          wanted = undefined;
        },
        () => undefined,
      );
    },
    move(anchor) {
      if (wanted) wanted = { ...wanted, anchor };
      card?.move(anchor);
    },
    hide() {
      wanted = undefined;
      card?.hide();
    },
    isShown: () => card?.isShown() ?? false,
    state: () => card?.state() ?? null,
    contains: (node) => card?.contains(node) ?? false,
    element: () => card?.element() ?? null,
  };
}
