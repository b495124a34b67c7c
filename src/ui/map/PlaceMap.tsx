// The map with the places of the seeds (backstory:map, made by src/build/compile-map.ts).
import map from 'backstory:map';
import { MapPicture, type PlaceMapProps } from './MapPicture.tsx';

export type { PlaceMapProps };

export function PlaceMap(props: PlaceMapProps) {
  return <MapPicture map={map} {...props} />;
}
