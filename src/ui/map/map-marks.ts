// The map's places as marks in screen pixels for one view (whole map or a brief's frame), and the
// words and moves that go with them. Pure.
import { t, type MessageKey } from '../../shared/i18n.ts';
import type { Frame, MapData, MapPlace } from '../../shared/map-data.ts';

export interface Mark extends MapPlace {
  /** Screen pixels in the view. */
  sx: number;
  sy: number;
}

export interface View {
  frame: Frame;
  /** Pixels per map unit. */
  scale: number;
  width: number;
  height: number;
}

export function viewOf(map: MapData, focus: MapPlace | undefined, width: number): View {
  const frame: Frame = focus?.frame ?? [0, 0, map.width, map.height];
  const scale = width / frame[2];
  return { frame, scale, width, height: Math.round(frame[3] * scale) };
}

/** How far inside the view's edge a place beyond the map is drawn, in pixels, whatever the scale. */
export const edgeMargin = 12;

/** The places inside the view, the focused one first, then the contested ones, then by name. */
export function marksIn(map: MapData, view: View, focus?: string): Mark[] {
  const [fx, fy] = view.frame;
  const rank = (p: MapPlace) => (p.id === focus ? 0 : p.contested ? 1 : 2);
  const inside = (v: number, size: number) => Math.min(Math.max(v, edgeMargin), size - edgeMargin);
  return map.places
    .map((p) => ({ ...p, sx: (p.x - fx) * view.scale, sy: (p.y - fy) * view.scale }))
    .filter((m) => m.sx >= 0 && m.sx <= view.width && m.sy >= 0 && m.sy <= view.height)
    .map((m) => (m.offMap ? { ...m, sx: inside(m.sx, view.width), sy: inside(m.sy, view.height) } : m))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * The radius of each mark's pointer target: half the 24 px of WCAG 2.2's minimum target (2.5.8), less where
 * another mark is nearer than 24 px, so that no two targets overlap and a click goes to the nearest place.
 */
export function hitRadii(marks: Mark[], full = 12): Map<string, number> {
  return new Map(marks.map((m) => [m.id, Math.min(full, ...marks.filter((o) => o !== m).map((o) => Math.hypot(o.sx - m.sx, o.sy - m.sy) / 2))]));
}

/** The order to label marks in: the focused and contested ones first, then the least crowded, whose labels fit anywhere. */
export function labelPriority(marks: Mark[], focus?: string, near = 48): Mark[] {
  const crowd = new Map(marks.map((m) => [m.id, marks.filter((o) => Math.hypot(o.sx - m.sx, o.sy - m.sy) < near).length]));
  const rank = (m: Mark) => (m.id === focus ? 0 : m.contested ? 1 : 2);
  return [...marks].sort((a, b) => rank(a) - rank(b) || crowd.get(a.id)! - crowd.get(b.id)!);
}

const compass = ['east', 'south-east', 'south', 'south-west', 'west', 'north-west', 'north', 'north-east'] as const;
type Direction = (typeof compass)[number];
const beyondKeys: Record<Direction, MessageKey> = {
  east: 'mapBeyondEast',
  'south-east': 'mapBeyondSouthEast',
  south: 'mapBeyondSouth',
  'south-west': 'mapBeyondSouthWest',
  west: 'mapBeyondWest',
  'north-west': 'mapBeyondNorthWest',
  north: 'mapBeyondNorth',
  'north-east': 'mapBeyondNorthEast',
};

/** Which way a place beyond the map lies, from the map's centre: 'west', 'north-east'… */
export function directionOf(map: MapData, p: MapPlace): Direction {
  const angle = Math.atan2(p.y - map.height / 2, p.x - map.width / 2);
  return compass[(Math.round(angle / (Math.PI / 4)) + 8) % 8]!;
}

/** Degrees to turn an arrow pointing east so that it points the way a place beyond the map lies. */
export function arrowAngle(map: MapData, p: MapPlace): number {
  return Math.round((Math.atan2(p.y - map.height / 2, p.x - map.width / 2) * 180) / Math.PI);
}

/** What the mark says beside the name: 'contested', 'beyond the map to the west', or nothing. */
export function placeNote(map: MapData, p: MapPlace): string {
  if (p.offMap) return t(beyondKeys[directionOf(map, p)]);
  return p.contested ? t('mapContested') : '';
}

export function accessibleName(map: MapData, p: MapPlace): string {
  const note = placeNote(map, p);
  return note ? t('mapNamed', p.name, note) : p.name;
}

export type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';
const axes: Record<Arrow, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The nearest mark in the arrow's direction (within 45° of it), or undefined at the edge. */
export function nextMark(marks: Mark[], from: string, arrow: Arrow): Mark | undefined {
  const here = marks.find((m) => m.id === from);
  if (!here) return undefined;
  const [ax, ay] = axes[arrow];
  let best: { mark: Mark; cost: number } | undefined;
  for (const m of marks) {
    const dx = m.sx - here.sx;
    const dy = m.sy - here.sy;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (m.id === from || along <= 0 || across > along) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { mark: m, cost };
  }
  return best?.mark;
}
