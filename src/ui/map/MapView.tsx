// The whole-map view (route #/map): a heading, the map, and the places as a list for those who
// would rather read than look.
import map from 'backstory:map';
import { t } from '../../shared/i18n.ts';
import { PlaceMap } from './PlaceMap.tsx';
import { placeNote } from './map-marks.ts';

const byName = [...map.places].sort((a, b) => a.name.localeCompare(b.name));

export function MapView({ onChoose }: { onChoose(id: string): void }) {
  return (
    <section class="map-view" aria-labelledby="map-heading">
      <h1 id="map-heading" data-view-heading tabIndex={-1}>
        {t('mapHeading')}
      </h1>
      <p class="muted">{t('mapHint')}</p>
      <PlaceMap onChoose={onChoose} />
      <h2 id="map-places">{t('mapPlaces')}</h2>
      <ul class="map-places" aria-labelledby="map-places">
        {byName.map((p) => (
          <li key={p.id}>
            <button type="button" class="link" onClick={() => onChoose(p.id)}>
              {p.name}
            </button>
            {placeNote(map, p) && <span class="muted"> ({placeNote(map, p)})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
