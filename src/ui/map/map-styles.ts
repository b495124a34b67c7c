// The map brings its own rules, so whichever page shows it needs no stylesheet of its own for it.
import css from './map.css';

const styleId = 'backstory-map-styles';

export function addMapStyles(document: Document): void {
  if (document.getElementById(styleId)) return;
  const style = document.createElement('style');
  style.id = styleId;
  style.textContent = css;
  document.head.append(style);
}
