import { hrefOf } from '../ui/route.ts';
import { MapView as PlaceMapView } from '../ui/map/MapView.tsx';

/** The map route: the story's places; choosing one opens its brief. */
export const MapView = () => (
  <div data-slot="place-map">
    <PlaceMapView onChoose={(id) => (location.hash = hrefOf({ view: 'brief', id }))} />
  </div>
);
