// The map the build projects from Natural Earth (src/build/compile-map.ts): path strings and points
// in one plane of `width` x `height` units, so the runtime needs no geography code.

/** x, y, width, height in map units. */
export type Frame = [number, number, number, number];

export interface MapPlace {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Someone in the story disputes who holds it. */
  contested: boolean;
  /** Its real position lies beyond the map: drawn on the edge, pointing the way. */
  offMap: boolean;
  /** The part of the map its brief zooms to, with the map's proportions. */
  frame: Frame;
}

export interface MapData {
  width: number;
  height: number;
  /** Every country's land, one path. */
  land: string;
  /** Borders between countries, drawn once each. */
  borders: string;
  /** The country the story is about, within its internationally recognised borders. */
  highlight: { name: string; path: string };
  /** Sorted by id. */
  places: MapPlace[];
}
