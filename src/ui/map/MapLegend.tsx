import type { JSX } from 'preact';
import { MarkShape } from './PlaceMark.tsx';

export type MarkKind = 'place' | 'contested' | 'beyond';

const entries = (country: string, compact: boolean): [MarkKind | 'country', JSX.Element, string][] => [
  ['place', <MarkShape kind="place" />, compact ? 'Place' : 'Place in the briefs'],
  ['contested', <MarkShape kind="contested" />, compact ? 'Contested' : 'Contested: the sides claim different things'],
  ['beyond', <MarkShape kind="beyond" />, compact ? 'Beyond the map' : 'Beyond the map, the way the arrow points'],
  ['country', <rect class="swatch" x="-7" y="-5" width="14" height="10" />, compact ? `${country}, recognised borders` : `${country}, in its internationally recognised borders`],
];

/** What the marks on the map and the shaded country mean: only the kinds of mark it shows. */
export function MapLegend({ country, shown, compact = false }: { country: string; shown: Set<MarkKind>; compact?: boolean }) {
  return (
    <ul class="map-legend" aria-label="Legend">
      {entries(country, compact).filter(([kind]) => kind === 'country' || shown.has(kind)).map(([, shape, text]) => (
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
