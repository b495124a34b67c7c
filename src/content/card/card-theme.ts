// Light or dark for the card: the reader's choice, or the page's own background when it is to follow the page.
import type { CardTheme } from '../../shared/settings.ts';

type Shade = 'light' | 'dark';

/** A computed colour ("rgb(31, 33, 36)", "rgba(0, 0, 0, 0)") as light or dark; undefined when see-through or unreadable. */
export function shadeOf(colour: string): Shade | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(colour.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => Number(c) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

/**
 * The computed background colours from an element up to the root, through shadow hosts: the first
 * opaque one is what the reader sees behind the text. Lazy, since that is usually the first or second.
 */
export function* backgroundsUnder(element: Element): Generator<string> {
  for (let at: Element | null = element; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    yield getComputedStyle(at).backgroundColor;
  }
}

/** `pageBackgrounds`: the computed background colours behind the text, innermost first (backgroundsUnder). */
export function resolveCardTheme(theme: CardTheme, pageBackgrounds: Iterable<string>, systemDark: boolean): Shade {
  if (theme === 'light' || theme === 'dark') return theme;
  const system: Shade = systemDark ? 'dark' : 'light';
  if (theme === 'system') return system;
  // A page with no background of its own shows the browser's canvas, which follows the system.
  for (const background of pageBackgrounds) {
    const shade = shadeOf(background);
    if (shade) return shade;
  }
  return system;
}
