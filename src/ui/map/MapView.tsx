// The whole-map view (route #/map): a heading, the map, and the places as a list for those who
// would rather read than look.
import map from 'backstory:map';
import { PlaceMap } from './PlaceMap.tsx';
import { placeNote } from './map-marks.ts';

const byName = [...map.places].sort((a, b) => a.name.localeCompare(b.name));

export function MapView({ onChoose }: { onChoose(id: string): void }) {
  return (
    <section class="map-view" aria-labelledby="map-heading">
      <h1 id="map-heading" data-view-heading tabIndex={-1}>
        Map of the story
      </h1>
      <p class="muted">Every place in the briefs. Choose one to open its brief; the arrow keys move between places.</p>
      <PlaceMap onChoose={onChoose} />
      <h2 id="map-places">The places, A to Z</h2>
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
