// Where each place goes on the projected map, and which part of the map its brief zooms to.
import type { Frame } from '../shared/map-data.ts';

/** How far inside the map's edge a place beyond it is drawn. */
export const edgeInset = 14;

/** The point, or where the line from the map's centre towards it meets the map's edge when it lies beyond. */
export function pointOnMap(point: [number, number], width: number, height: number): { x: number; y: number; offMap: boolean } {
  const [px, py] = point;
  const dx = px - width / 2;
  const dy = py - height / 2;
  const reach = Math.min(Math.abs((width / 2 - edgeInset) / dx), Math.abs((height / 2 - edgeInset) / dy));
  if (reach >= 1) return { x: px, y: py, offMap: false };
  return { x: width / 2 + dx * reach, y: height / 2 + dy * reach, offMap: true };
}

type Box = [[number, number], [number, number]];

/** The box grown `by` times about its centre. */
export function grown([[x0, y0], [x1, y1]]: Box, by: number): Box {
  const dx = ((x1 - x0) * (by - 1)) / 2;
  const dy = ((y1 - y0) * (by - 1)) / 2;
  return [[x0 - dx, y0 - dy], [x1 + dx, y1 + dy]];
}

/** A frame of the map's proportions, at least `minWidth` wide, around a box, kept inside the map. */
export function frameAround(box: Box, minWidth: number, width: number, height: number): Frame {
  const [[x0, y0], [x1, y1]] = box;
  const fw = Math.min(Math.max(x1 - x0, ((y1 - y0) * width) / height, minWidth), width);
  const fh = (fw * height) / width;
  const x = Math.min(Math.max((x0 + x1 - fw) / 2, 0), width - fw);
  const y = Math.min(Math.max((y0 + y1 - fh) / 2, 0), height - fh);
  return [Math.round(x), Math.round(y), Math.round(fw), Math.round(fh)];
}
