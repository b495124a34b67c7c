import { h, render } from 'preact';
import type { CardBrief, CardState } from '../../shared/messages.ts';
import type { PageContext } from '../../shared/page-context.ts';
import { Card } from './Card.tsx';
import { cardContent } from './card-content.ts';
import { cardStyles } from './card-styles.ts';
import { fullscreenContainer, overflows, toCorner, visibleArea } from './card-geometry.ts';
import { placeCard } from './placement.ts';
import { backgroundsUnder, resolveCardTheme } from './card-theme.ts';
import type { CardTheme } from '../../shared/settings.ts';
import { languageOf } from '../text-language.ts';

export interface ShowOptions {
  anchor: DOMRect;
  /** The text the card is about: its background is the page's, for the card's theme. */
  anchorNode?: Node;
  brief: CardBrief | null;
  loading: boolean;
  page: PageContext;
  focus: boolean;
  /** The reader's card theme; follows the page when not given. */
  theme?: CardTheme;
  onOpenFull(): void;
}

export interface CardHost {
  /** What the card shows, for the tests: its shadow root is closed to the page. */
  state(): CardState | null;
  /** (Re)renders and positions the card. */
  show(options: ShowOptions): void;
  /** Places the card shown beside its anchor's new place (after a scroll). */
  move(anchor: DOMRect): void;
  hide(): void;
  isShown(): boolean;
  /** True for the host and anything inside its shadow root. */
  contains(node: Node | null): boolean;
  /** The host element; null until first shown. */
  element(): HTMLElement | null;
}

interface Parts {
  host: HTMLElement;
  shadow: ShadowRoot;
  box: HTMLDivElement;
}

const labelledById = 'backstory-card-name';

function themeFor(theme: CardTheme, anchorNode: Node | undefined) {
  const start = anchorNode?.parentElement ?? document.body ?? document.documentElement;
  return resolveCardTheme(theme, backgroundsUnder(start), matchMedia('(prefers-color-scheme: dark)').matches);
}

/** `inspectable`: an open shadow root, for the extension's own pages only, where no page script can reach it. */
export function createCardHost(signal: AbortSignal, { inspectable = false } = {}): CardHost {
  let parts: Parts | null = null;
  let shown = false;
  let placedIn: { fullscreen: Element | null; inTopLayer: boolean } | undefined;
  let returnFocusTo: HTMLElement | null = null;

  function create(): Parts {
    // A plain div: a custom element name could be one the page defines (its constructor would run
    // on our host), and :host's `all: initial !important` beats the page's rules for div, even
    // !important ones (CSS Scoping: important declarations of the inner tree win).
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: inspectable ? 'open' : 'closed' });
    const style = document.createElement('style');
    style.textContent = cardStyles;
    const box = document.createElement('div');
    box.className = 'box';
    shadow.append(style, box);
    shadow.addEventListener('keydown', (event) => {
      if (event.isTrusted && (event as KeyboardEvent).key === 'Escape') hide();
    }, { signal });
    return { host, shadow, box };
  }

  function dialogOf(box: HTMLElement): HTMLElement | null {
    return box.querySelector<HTMLElement>('[role="dialog"]');
  }

  function show(options: ShowOptions): void {
    if (signal.aborted) return;
    parts ??= create();
    const { host, shadow, box } = parts;
    const fullscreen = fullscreenContainer();
    const inTopLayer = supportsPopover(host);
    // In the top layer the card is above modal dialogs, page overlays and a fullscreen element;
    // without it, inside the fullscreen element is the only place it shows. A modal dialog or a
    // fullscreen element leaves what is outside it painted but not hit-tested (HTML: "blocked by a
    // modal dialog"), the card's buttons too: the card goes inside it.
    const modal = inTopLayer ? document.querySelector('dialog:modal') : null;
    const parent = modal ?? fullscreen ?? document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
    if (inTopLayer && !host.matches(':popover-open')) host.showPopover();

    // Parts the card can leave to the full brief go, least needed first, until nothing is left to scroll to.
    const all = options.brief ? cardContent(options.brief, options.page).extras : 0;
    const language = languageOf(options.anchorNode?.parentElement ?? document.documentElement);
    for (let extras = all; extras >= 0; extras--) {
      render(h(Card, { brief: options.brief, loading: options.loading, page: options.page, language, extras, onOpenFull: options.onOpenFull, onClose: hide, labelledById }), box);
      if (extras === 0 || !overflows(box)) break;
    }
    shown = true;
    placedIn = { fullscreen, inTopLayer };
    place(box, options.anchor);
    box.dataset.theme = themeFor(options.theme ?? 'page', options.anchorNode);

    const dialog = dialogOf(box);
    if (options.focus && dialog && !shadow.activeElement) {
      const active = document.activeElement;
      returnFocusTo = active instanceof HTMLElement && active !== host ? active : null;
      dialog.focus({ preventScroll: true });
    }
  }

  function place(box: HTMLElement, anchor: DOMRect): void {
    toCorner(box);
    // A page's `zoom` on <html> reaches the card too: rects are in screen pixels, its CSS pixels are zoomed.
    const zoom = (box as { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const size = box.getBoundingClientRect();
    const area = visibleArea(placedIn?.inTopLayer ? null : (placedIn?.fullscreen ?? null));
    const placement = placeCard(anchor, { width: size.width, height: size.height }, area);
    box.style.left = `${placement.left / zoom}px`;
    box.style.top = `${placement.top / zoom}px`;
    if (placement.maxHeight !== undefined) box.style.setProperty('--card-max-height', `${placement.maxHeight / zoom}px`);
    box.dataset.side = placement.side;
  }

  function hide(): void {
    if (!parts || !shown) return;
    const hadFocus = parts.shadow.activeElement !== null;
    render(null, parts.box);
    // The page's DOM is left as it was found.
    parts.host.remove();
    shown = false;
    // Focus inside the card would otherwise drop to <body>, losing a keyboard user's place.
    if (hadFocus && returnFocusTo?.isConnected) returnFocusTo.focus({ preventScroll: true });
    returnFocusTo = null;
  }

  function state(): CardState | null {
    const dialog = shown && parts ? dialogOf(parts.box) : null;
    if (!parts || !dialog) return null;
    const heading = parts.shadow.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    const { top, bottom, left, right } = dialog.getBoundingClientRect();
    return {
      name: heading?.textContent ?? '',
      text: dialog.textContent ?? '',
      box: { top, bottom, left, right },
      background: getComputedStyle(dialog).backgroundColor,
      focused: document.activeElement === parts.host,
    };
  }

  // Layout changes under the card, and the top layer would hide it from a new fullscreen element.
  document.addEventListener('fullscreenchange', hide, { signal });
  signal.addEventListener(
    'abort',
    () => {
      if (parts) {
        render(null, parts.box);
        parts.host.remove();
      }
      parts = null;
      shown = false;
      returnFocusTo = null;
    },
    { once: true },
  );

  return {
    show,
    move(anchor) {
      if (shown && parts) place(parts.box, anchor);
    },
    hide,
    state,
    isShown: () => shown,
    contains: (node) => !!node && !!parts && (parts.host.contains(node) || parts.shadow.contains(node)),
    element: () => parts?.host ?? null,
  };
}

function supportsPopover(host: HTMLElement): boolean {
  if (typeof host.showPopover !== 'function') return false;
  if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
  return true;
}
