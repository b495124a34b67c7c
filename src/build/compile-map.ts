// Natural Earth's countries + the places of the seeds -> the map module (backstory:map): projected
// once here with a conic fitted to Europe, Ukraine and Russia's west, simplified, as path strings.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { presimplify, simplify } from 'topojson-simplify';
import type { BriefBundle } from '../shared/briefs.ts';
import type { Frame, MapData, MapPlace } from '../shared/map-data.ts';
import { mapShapes, type CountryTopology, type Transfer } from './map-geometry.ts';
import { frameAround, grown, pointOnMap } from './map-places.ts';
import { pathString, type Line } from './path-string.ts';

export interface MapPlaceInput {
  id: string;
  name: string;
  lat: number;
  lon: number;
  contested: boolean;
}

export interface MapOptions {
  /** Map units across; the height follows from the projection. */
  width: number;
  /** Degrees: what the map must show. */
  extent: { west: number; east: number; south: number; north: number };
  /** Smallest triangle, in square map units, that simplification keeps. */
  minArea: number;
  /** A place's brief shows this fraction of the map's width around it. */
  zoom: number;
  /** The place that names the whole map: its brief shows all of it. */
  region: string;
  highlight: string;
  transfers: Transfer[];
}

export const mapOptions: MapOptions = {
  width: 1000,
  extent: { west: -11, east: 50, south: 35, north: 63 },
  minArea: 1,
  zoom: 5,
  region: 'Europe',
  highlight: 'Ukraine',
  // Natural Earth 4.1 draws control on the ground; the briefs follow international law (seeds/entities/places.json).
  transfers: [{ point: [34.4, 45.3], from: 'Russia', to: 'Ukraine' }],
};

/** Every place of the bundle; contested when a story lists claims about it. */
export function placesOf(bundle: BriefBundle): MapPlaceInput[] {
  const contested = new Set(bundle.stories.flatMap((s) => s.contested.map((c) => c.place)));
  return bundle.briefs.flatMap((b) => (b.place ? [{ id: b.id, name: b.name, lat: b.place.lat, lon: b.place.lon, contested: contested.has(b.id) }] : []));
}

/** The conic fitted to the extent's width, and the height that the extent then takes. */
function fittedProjection({ width, extent: { west, east, south, north } }: MapOptions): { projection: GeoProjection; height: number } {
  const edge: [number, number][] = [];
  for (let lon = west; lon <= east; lon++) edge.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat++) edge.push([west, lat], [east, lat]);
  const outline = { type: 'MultiPoint' as const, coordinates: edge };
  const projection = geoConicConformal()
    .parallels([south + (north - south) / 6, north - (north - south) / 6])
    .rotate([-(west + east) / 2, 0])
    .fitWidth(width, outline);
  return { projection, height: Math.ceil(geoPath(projection).bounds(outline)[1][1]) };
}

/** The projected lines of a shape, as the projection's clipping leaves them. */
function projectedLines(projection: GeoProjection, shape: Geometry | Feature): Line[] {
  const lines: Line[] = [];
  const context = {
    moveTo: (x: number, y: number) => void lines.push([[x, y]]),
    lineTo: (x: number, y: number) => void lines.at(-1)!.push([x, y]),
    closePath: () => undefined,
    arc: () => undefined,
    beginPath: () => undefined,
  };
  geoPath(projection, context)(shape);
  return lines;
}

export function compileMap(topology: CountryTopology, places: MapPlaceInput[], options: MapOptions = mapOptions): MapData {
  const { width } = options;
  const { projection: unclipped, height } = fittedProjection(options);
  // Clipped just outside the map, so that no clip edge is ever seen.
  const margin = 8;
  const projection = fittedProjection(options).projection.clipExtent([[-margin, -margin], [width + margin, height + margin]]);

  const weigh = (triangle: number[][]) => {
    const [a, b, c] = triangle.map((p) => unclipped([p[0]!, p[1]!]) ?? [NaN, NaN]);
    const area = Math.abs((b![0]! - a![0]!) * (c![1]! - a![1]!) - (c![0]! - a![0]!) * (b![1]! - a![1]!)) / 2;
    return Number.isFinite(area) ? area : Infinity;
  };
  const simple = simplify(presimplify(topology, weigh as never), options.minArea) as unknown as CountryTopology;
  const shapes = mapShapes(simple, options.transfers, options.highlight);
  const ring = (shape: Geometry) => pathString(projectedLines(projection, shape), true);

  const bounds = geoPath(projection).bounds;
  const zoomed = width / options.zoom;
  const mapPlaces = places.map((p): MapPlace => {
    const projected = unclipped([p.lon, p.lat]);
    if (!projected || !projected.every(Number.isFinite)) throw new Error(`${p.id}: ${p.lat}, ${p.lon} cannot be projected on the map`);
    const { x, y, offMap } = pointOnMap(projected, width, height);
    const country = shapes.countries.get(p.name);
    // A country's brief shows the whole country; the region the map is of, or a place beyond it, the whole map.
    const frame: Frame =
      offMap || p.name === options.region ? [0, 0, width, height]
      : frameAround(country ? grown(bounds(country), 1.2) : [[x, y], [x, y]], zoomed, width, height);
    return { id: p.id, name: p.name, x: Math.round(x), y: Math.round(y), contested: p.contested, offMap, frame };
  });

  return {
    width,
    height,
    land: ring(shapes.land),
    borders: pathString(projectedLines(projection, shapes.borders), false),
    highlight: { name: options.highlight, path: ring(shapes.highlight) },
    places: mapPlaces.sort((a, b) => a.id.localeCompare(b.id)),
  };
}
