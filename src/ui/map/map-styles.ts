// The map brings its own rules, so whichever page shows it needs no stylesheet of its own for it.
// Its colours are all mixed from the theme tokens of src/shared/page.css, so light and dark follow it.
const css = `
.place-map { --sea: color-mix(in srgb, var(--accent) 18%, var(--bg)); --land: color-mix(in srgb, var(--fg) 2%, var(--bg)); --story-country: color-mix(in srgb, var(--accent) 9%, var(--land)); --border: color-mix(in srgb, var(--muted) 60%, var(--bg)); margin: 0; }
@media (prefers-color-scheme: dark) { .place-map { --sea: color-mix(in srgb, var(--accent) 8%, var(--bg)); --land: color-mix(in srgb, var(--fg) 13%, var(--bg)); --story-country: color-mix(in srgb, var(--accent) 22%, var(--land)); } }
.place-map svg { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; background: var(--sea); user-select: none; }
.place-map .land { fill: var(--land); stroke: var(--border); stroke-width: .6px; }
.place-map .story-country { fill: var(--story-country); stroke: var(--accent); stroke-width: 1.2px; vector-effect: non-scaling-stroke; }
.place-map .borders { fill: none; stroke: var(--border); stroke-width: .6px; stroke-linejoin: round; }
.place-map .land, .place-map .borders { vector-effect: non-scaling-stroke; }
.place-map .place, .place-map .hits circle { cursor: pointer; outline: none; }
.place-map .hits circle { fill: transparent; }
.place-map .place text { font: 12px system-ui, sans-serif; fill: var(--fg); stroke: var(--bg); stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; dominant-baseline: hanging; }
.place-map .place.focused text { font-weight: 600; }
.place-map .mark { fill: var(--accent); stroke: var(--bg); stroke-width: 1.5px; }
.place-map .contested .mark { fill: var(--bg); stroke: var(--fg); stroke-width: 2px; }
.place-map .contested .core { fill: var(--fg); }
.place-map .leader { stroke: var(--muted); stroke-width: 1.2px; }
.place-map .ring { fill: none; stroke: var(--accent); stroke-width: 2px; visibility: hidden; }
.place-map .place:focus-visible .ring, .place-map .place:hover .ring, .place-map .place.focused .ring { visibility: visible; }
.place-map .place:focus-visible .ring { stroke: var(--fg); stroke-dasharray: 3 2; }
.place-map .place:focus-visible text { text-decoration: underline; }
.place-map .on-demand { visibility: hidden; }
.place-map .place:hover .on-demand, .place-map .place:focus-visible .on-demand { visibility: visible; }
.map-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 6px 0 0; padding: 0; color: var(--muted); font-size: 12px; }
.map-legend li { display: flex; align-items: center; gap: 5px; }
.map-legend svg { width: 16px; height: 16px; border: 0; background: none; overflow: visible; }
.map-legend .swatch { fill: var(--story-country); stroke: var(--accent); }
.place-map.compact .map-legend { gap: 2px 10px; font-size: 11px; }
.map-view { max-width: 1100px; margin: 0 auto; }
.map-places { columns: 12em; margin: 0; padding-left: 18px; }
/* WCAG 2.2 target size: each place name is at least 24 px tall to press. */
.map-places button { min-height: 24px; }
`;

const styleId = 'backstory-map-styles';

export function addMapStyles(document: Document): void {
  if (document.getElementById(styleId)) return;
  const style = document.createElement('style');
  style.id = styleId;
  style.textContent = css;
  document.head.append(style);
}
