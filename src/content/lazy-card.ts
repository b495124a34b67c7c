// The card, Preact included, is a module of its own that the session imports the first time a card
// opens: most pages never need it.
import type { CardHost, ShowOptions } from './card/card-host.ts';
import { ownModule } from './own-module.ts';

type CardModule = typeof import('./card/index.ts');
const importCard = ownModule<CardModule>('card.js');

export function createLazyCard(signal: AbortSignal): CardHost {
  let card: CardHost | undefined;
  let wanted: ShowOptions | undefined;
  const load = () => importCard().then((module) => (card ??= module.createCardHost(signal)));

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
