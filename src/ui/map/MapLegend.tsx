import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { MarkShape } from './PlaceMark.tsx';

export type MarkKind = 'place' | 'contested' | 'beyond';

const entries = (country: string, compact: boolean): [MarkKind | 'country', JSX.Element, string][] => [
  ['place', <MarkShape kind="place" />, t(compact ? 'mapLegendPlaceShort' : 'mapLegendPlace')],
  ['contested', <MarkShape kind="contested" />, t(compact ? 'mapLegendContestedShort' : 'mapLegendContested')],
  ['beyond', <MarkShape kind="beyond" />, t(compact ? 'mapLegendBeyondShort' : 'mapLegendBeyond')],
  ['country', <rect class="swatch" x="-7" y="-5" width="14" height="10" />, t(compact ? 'mapLegendCountryShort' : 'mapLegendCountry', country)],
];

/** What the marks on the map and the shaded country mean: only the kinds of mark it shows. */
export function MapLegend({ country, shown, compact = false }: { country: string; shown: Set<MarkKind>; compact?: boolean }) {
  return (
    <ul class="map-legend" aria-label={t('mapLegend')}>
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
