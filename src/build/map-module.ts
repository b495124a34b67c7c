// The map for the seeds' places, from Natural Earth 1:50m (world-atlas), made again only when the places change.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BriefBundle } from '../shared/briefs.ts';
import type { MapData } from '../shared/map-data.ts';
import { compileMap, placesOf } from './compile-map.ts';
import type { CountryTopology } from './map-geometry.ts';

let atlas: CountryTopology | undefined;
let last: { key: string; map: MapData } | undefined;

export function readAtlas(): CountryTopology {
  atlas ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')) as CountryTopology;
  return atlas;
}

export function mapModule(bundle: BriefBundle): MapData {
  const places = placesOf(bundle);
  const key = JSON.stringify(places);
  if (last?.key !== key) last = { key, map: compileMap(readAtlas(), places) };
  return last.map;
}
