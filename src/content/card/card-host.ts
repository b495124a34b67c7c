import { h, render } from 'preact';
import type { Brief } from '../../shared/briefs.ts';
import { Card } from './Card.tsx';
import { cardStyles } from './card-styles.ts';
import { placeCard, type Rect } from './placement.ts';
import { resolveCardTheme } from './card-theme.ts';
import type { CardTheme } from '../../shared/settings.ts';

export interface ShowOptions {
  anchor: DOMRect;
  brief: Brief | null;
  loading: boolean;
  storyTitle?: string;
  focus: boolean;
  /** The reader's card theme; follows the page when not given. */
  theme?: CardTheme;
  onOpenFull(): void;
}

export interface CardHost {
  /** (Re)renders and positions the card. */
  show(options: ShowOptions): void;
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
// Elements that cannot show children: a card appended to them would be invisible.
const replaced = new Set(['VIDEO', 'AUDIO', 'IFRAME', 'CANVAS', 'IMG', 'OBJECT', 'EMBED']);

function fullscreenContainer(): Element | null {
  const element = document.fullscreenElement;
  return element && element !== document.documentElement && !replaced.has(element.tagName) ? element : null;
}

function visibleArea(fullscreen: Element | null): Rect {
  const windowRect = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
  if (!fullscreen) return windowRect;
  const r = fullscreen.getBoundingClientRect();
  const left = Math.max(0, r.left);
  const top = Math.max(0, r.top);
  const width = Math.max(0, Math.min(windowRect.width, r.right) - left);
  const height = Math.max(0, Math.min(windowRect.height, r.bottom) - top);
  return { left, top, width, height };
}

function themeFor(theme: CardTheme) {
  const backgrounds = [document.body, document.documentElement].flatMap((element) => (element ? [getComputedStyle(element).backgroundColor] : []));
  return resolveCardTheme(theme, backgrounds, matchMedia('(prefers-color-scheme: dark)').matches);
}

export function createCardHost(signal: AbortSignal): CardHost {
  let parts: Parts | null = null;
  let shown = false;
  let returnFocusTo: HTMLElement | null = null;

  function create(): Parts {
    // An undefined custom element: `customElements` is unavailable to content scripts in Chrome,
    // and the name keeps the page's `div`/`span` rules off it.
    const host = document.createElement('backstory-card');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardStyles;
    const box = document.createElement('div');
    box.className = 'box';
    shadow.append(style, box);
    shadow.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') hide();
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
    const parent = fullscreen ?? document.documentElement;
    if (host.parentNode !== parent) parent.append(host);

    render(
      h(Card, {
        brief: options.brief,
        loading: options.loading,
        storyTitle: options.storyTitle,
        onOpenFull: options.onOpenFull,
        onClose: hide,
        labelledById,
      }),
      box,
    );
    shown = true;

    // Measure at the top-left corner, where the card's width is not squeezed by the viewport's edge.
    box.style.left = '0px';
    box.style.top = '0px';
    box.style.removeProperty('--card-max-height');
    const size = box.getBoundingClientRect();
    const place = placeCard(options.anchor, { width: size.width, height: size.height }, visibleArea(fullscreen));
    box.style.left = `${place.left}px`;
    box.style.top = `${place.top}px`;
    if (place.maxHeight !== undefined) box.style.setProperty('--card-max-height', `${place.maxHeight}px`);
    box.dataset.side = place.side;
    box.dataset.theme = themeFor(options.theme ?? 'page');

    const dialog = dialogOf(box);
    if (options.focus && dialog && !shadow.activeElement) {
      const active = document.activeElement;
      returnFocusTo = active instanceof HTMLElement && active !== host ? active : null;
      dialog.focus({ preventScroll: true });
    }
  }

  function hide(): void {
    if (!parts || !shown) return;
    const hadFocus = parts.shadow.activeElement !== null;
    render(null, parts.box);
    shown = false;
    // Focus inside the card would otherwise drop to <body>, losing a keyboard user's place.
    if (hadFocus && returnFocusTo?.isConnected) returnFocusTo.focus({ preventScroll: true });
    returnFocusTo = null;
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
    hide,
    isShown: () => shown,
    contains: (node) => !!node && !!parts && (parts.host.contains(node) || parts.shadow.contains(node)),
    element: () => parts?.host ?? null,
  };
}
