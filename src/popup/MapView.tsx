import { kindGroupLabels } from '../shared/format.ts';
import { briefs } from './bundle.ts';
import { BriefLink } from './BriefLink.tsx';

const places = briefs.filter((brief) => brief.place).sort((a, b) => a.name.localeCompare(b.name, 'en'));

/**
 * The map route. The SVG map of the story's places (src/ui/map/, built by the map work of issue 8) goes
 * here; until it lands, the places are listed, each opening its brief.
 */
export function MapView() {
  return (
    <>
      <h1 data-view-heading tabIndex={-1}>
        Map
      </h1>
      <section class="map-slot" data-slot="place-map" aria-labelledby="map-places">
        <h2 id="map-places">{kindGroupLabels.place} of the story</h2>
        <ul class="brief-links">
          {places.map((place) => (
            <li key={place.id} data-brief={place.id}>
              <BriefLink id={place.id} name={place.name} />
              <span class="line">{place.place!.region}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
