// Natural Earth's countries (world-atlas) as the three shapes the map draws: land, borders, and the
// story's country. Pure: a topology in, GeoJSON out, nothing projected yet.
import { geoContains } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Country = TopoMultiPolygon<{ name: string }>;

/** A territory drawn with the country that holds it in law, where Natural Earth draws who holds it in fact. */
export interface Transfer {
  /** [lon, lat] of a point inside the territory. */
  point: [number, number];
  from: string;
  to: string;
}

export interface MapShapes {
  land: MultiPolygon;
  borders: MultiLineString;
  highlight: MultiPolygon;
  /** Each country's own shape, by Natural Earth name. */
  countries: Map<string, Feature<MultiPolygon>>;
}

const polygonsOf = (c: GeometryObject): number[][][] =>
  c.type === 'Polygon' ? [(c as TopoPolygon).arcs] : c.type === 'MultiPolygon' ? (c as TopoMultiPolygon).arcs : [];

function countryNamed(countries: Country[], name: string): Country {
  const found = countries.find((c) => c.properties!.name === name);
  if (!found) throw new Error(`the atlas has no country named ${name}`);
  return found;
}

/** The countries with each transfer's polygon moved from one to the other. */
export function applyTransfers(topology: CountryTopology, transfers: Transfer[]): Country[] {
  const countries = topology.objects.countries.geometries.map((c): Country => ({ type: 'MultiPolygon', properties: { name: (c.properties as { name: string }).name }, arcs: polygonsOf(c) }));
  for (const { point, from, to } of transfers) {
    const giver = countryNamed(countries, from);
    const taker = countryNamed(countries, to);
    const inside = (arcs: number[][]) => geoContains(feature(topology, { type: 'Polygon', arcs }), point);
    const moved = giver.arcs.findIndex(inside);
    if (moved < 0) throw new Error(`${from} has no polygon around ${point.join(', ')}`);
    taker.arcs = [...taker.arcs, giver.arcs[moved]!];
    giver.arcs = giver.arcs.filter((_, i) => i !== moved);
  }
  return countries;
}

export function mapShapes(topology: CountryTopology, transfers: Transfer[], highlight: string): MapShapes {
  const countries = applyTransfers(topology, transfers);
  const byName = new Map(countries.map((c) => [c.properties!.name, c]));
  return {
    land: merge(topology, countries),
    // Only arcs between two countries: not coasts (a === b), nor a transferred territory's old border.
    borders: mesh(topology, { type: 'GeometryCollection', geometries: countries }, (a, b) => a !== b),
    highlight: merge(topology, [countryNamed(countries, highlight)]),
    countries: new Map([...byName].map(([name, c]) => [name, feature(topology, c)])),
  };
}
