// Where the card may go on screen, and how big it is there: DOM measurements, beside the pure placement.ts.
import type { Rect } from './placement.ts';

// Elements that cannot show children: a card appended to them would be invisible.
const replaced = new Set(['VIDEO', 'AUDIO', 'IFRAME', 'CANVAS', 'IMG', 'OBJECT', 'EMBED']);

export function fullscreenContainer(): Element | null {
  const element = document.fullscreenElement;
  return element && element !== document.documentElement && !replaced.has(element.tagName) ? element : null;
}

export function visibleArea(fullscreen: Element | null): Rect {
  const windowRect = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
  if (!fullscreen) return windowRect;
  const r = fullscreen.getBoundingClientRect();
  const left = Math.max(0, r.left);
  const top = Math.max(0, r.top);
  const width = Math.max(0, Math.min(windowRect.width, r.right) - left);
  const height = Math.max(0, Math.min(windowRect.height, r.bottom) - top);
  return { left, top, width, height };
}

/** Measurements are taken at the top-left corner, where the card's width is not squeezed by the viewport's edge. */
export function toCorner(box: HTMLElement): void {
  box.style.left = '0px';
  box.style.top = '0px';
  box.style.removeProperty('--card-max-height');
}

/** True when the card's body would have to scroll at its full height. */
export function overflows(box: HTMLElement): boolean {
  toCorner(box);
  const body = box.querySelector('.body');
  return !!body && body.scrollHeight > body.clientHeight + 1;
}
