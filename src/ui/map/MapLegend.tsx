import type { JSX } from 'preact';
import { MarkShape } from './PlaceMark.tsx';

const entries = (country: string, compact: boolean): [JSX.Element, string][] => [
  [<MarkShape kind="place" />, compact ? 'Place' : 'Place in the briefs'],
  [<MarkShape kind="contested" />, compact ? 'Contested' : 'Contested: the sides claim different things'],
  [<MarkShape kind="beyond" />, compact ? 'Beyond the map' : 'Beyond the map, the way the arrow points'],
  [<rect class="swatch" x="-7" y="-5" width="14" height="10" />, compact ? `${country}, recognised borders` : `${country}, in its internationally recognised borders`],
];

/** What the marks and the shaded country mean. */
export function MapLegend({ country, compact = false }: { country: string; compact?: boolean }) {
  return (
    <ul class="map-legend" aria-label="Legend">
      {entries(country, compact).map(([shape, text]) => (
        <li key={text}>
          <svg viewBox="-8 -8 16 16" aria-hidden="true">
            {shape}
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}
