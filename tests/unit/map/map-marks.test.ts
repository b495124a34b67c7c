import { describe, expect, it } from 'vitest';
import type { MapData, MapPlace } from '../../../src/shared/map-data.ts';
import { accessibleName, arrowAngle, directionOf, hitRadii, labelPriority, marksIn, nextMark, placeNote, viewOf } from '../../../src/ui/map/map-marks.ts';

const place = (id: string, x: number, y: number, extra: Partial<MapPlace> = {}): MapPlace => ({
  id, name: id[0]!.toUpperCase() + id.slice(1), x, y, contested: false, offMap: false, frame: [x - 50, y - 30, 100, 60], ...extra,
});
const map: MapData = {
  width: 1000,
  height: 600,
  land: '',
  borders: '',
  highlight: { name: 'Ukraine', path: '' },
  places: [place('alpha', 500, 300), place('beta', 520, 310, { contested: true }), place('gamma', 200, 300), place('delta', 500, 100), place('far', 14, 14, { offMap: true })],
};

describe('viewOf and marksIn', () => {
  it('shows the whole map at the given width', () => {
    const view = viewOf(map, undefined, 500);
    expect(view).toEqual({ frame: [0, 0, 1000, 600], scale: 0.5, width: 500, height: 300 });
    expect(marksIn(map, view).map((m) => [m.id, m.sx, m.sy])).toEqual([
      ['beta', 260, 155], ['alpha', 250, 150], ['delta', 250, 50], ['far', 12, 12], ['gamma', 100, 150],
    ]);
  });
  it("zooms to a place's frame, puts it first and leaves out what lies outside", () => {
    const alpha = map.places[0]!;
    const view = viewOf(map, alpha, 400);
    expect(view.scale).toBe(4);
    const marks = marksIn(map, view, 'alpha');
    expect(marks.map((m) => m.id)).toEqual(['alpha', 'beta']);
    expect([marks[0]!.sx, marks[0]!.sy]).toEqual([200, 120]);
  });
});

describe('labelPriority', () => {
  it('labels the focus, then the contested, then the least crowded first', () => {
    const marks = marksIn(map, viewOf(map, undefined, 1000));
    expect(labelPriority(marks, 'gamma').map((m) => m.id)).toEqual(['gamma', 'beta', 'delta', 'far', 'alpha']);
  });
});

describe('words for places', () => {
  it('names a place, a contested one, and one beyond the map with the way it lies', () => {
    expect(accessibleName(map, map.places[0]!)).toBe('Alpha');
    expect(accessibleName(map, map.places[1]!)).toBe('Beta, contested');
    expect(accessibleName(map, map.places[4]!)).toBe('Far, beyond the map to the north-west');
    expect([placeNote(map, map.places[0]!), placeNote(map, map.places[1]!)]).toEqual(['', 'contested']);
  });
  it('turns to the eight points of the compass', () => {
    expect(directionOf(map, place('e', 990, 300))).toBe('east');
    expect(directionOf(map, place('s', 500, 590))).toBe('south');
    expect(arrowAngle(map, place('w', 10, 300))).toBe(180);
    expect(arrowAngle(map, place('n', 500, 10))).toBe(-90);
  });
});

describe('nextMark', () => {
  const marks = marksIn(map, viewOf(map, undefined, 1000));
  it('moves to the nearest mark that way', () => {
    expect(nextMark(marks, 'alpha', 'ArrowLeft')?.id).toBe('gamma');
    expect(nextMark(marks, 'alpha', 'ArrowUp')?.id).toBe('delta');
    expect(nextMark(marks, 'alpha', 'ArrowRight')?.id).toBe('beta');
    expect(nextMark(marks, 'gamma', 'ArrowRight')?.id).toBe('alpha');
  });
  it('stays put at the edge, or for a mark it does not know', () => {
    expect(nextMark(marks, 'gamma', 'ArrowLeft')).toBeUndefined();
    expect(nextMark(marks, 'nowhere', 'ArrowLeft')).toBeUndefined();
  });
});

describe('hitRadii', () => {
  const mark = (id: string, sx: number, sy: number) => ({ id, name: id, x: sx, y: sy, sx, sy, contested: false, offMap: false, frame: [0, 0, 1, 1] as [number, number, number, number] });
  it('gives each mark a 24 px target, shrunk where another mark is nearer, so that no two overlap', () => {
    const radii = hitRadii([mark('alone', 0, 0), mark('a', 100, 100), mark('b', 110, 100)]);
    expect(radii.get('alone')).toBe(12);
    expect(radii.get('a')).toBe(5);
    expect(radii.get('b')).toBe(5);
  });
});
