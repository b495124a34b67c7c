import { describe, expect, it } from 'vitest';
import { edgeInset, frameAround, grown, pointOnMap } from '../../../src/build/map-places.ts';
import { pathString, snap } from '../../../src/build/path-string.ts';

describe('pathString', () => {
  it('writes relative integer steps, with no space before a minus sign', () => {
    expect(pathString([[[10.4, 20.6], [15, 18], [12.2, 25]]], false)).toBe('M10 21l5-3-3 7');
  });
  it('closes rings, drops repeated points and rings that shrink to nothing', () => {
    expect(pathString([[[0, 0], [10, 0], [10, 0.2], [10, 10], [0, 0]], [[1, 1], [1.2, 1.1], [0.9, 1.3]]], true)).toBe('M0 0l10 0 0 10z');
  });
  it('keeps a short line of two points', () => expect(snap([[0, 0], [3, 4]], false)).toEqual([[0, 0], [3, 4]]));
});

describe('pointOnMap', () => {
  it('leaves a point inside the map where it is', () => expect(pointOnMap([100, 50], 1000, 600)).toEqual({ x: 100, y: 50, offMap: false }));
  it('moves a point beyond the map onto its edge, towards it from the centre', () => {
    const { x, y, offMap } = pointOnMap([-1500, 300], 1000, 600);
    expect({ x, y, offMap }).toEqual({ x: edgeInset, y: 300, offMap: true });
    const corner = pointOnMap([3000, -900], 1000, 600);
    expect(corner.offMap).toBe(true);
    expect(corner.x).toBeCloseTo(1000 - edgeInset);
    expect(corner.y).toBeCloseTo(300 - (1200 * (500 - edgeInset)) / 2500);
  });
});

describe('frameAround', () => {
  it('centres a frame of the map proportions and minimum width on a point', () => {
    expect(frameAround([[500, 300], [500, 300]], 200, 1000, 600)).toEqual([400, 240, 200, 120]);
  });
  it('keeps the frame inside the map', () => expect(frameAround([[990, 5], [990, 5]], 200, 1000, 600)).toEqual([800, 0, 200, 120]));
  it('grows to hold a larger box, but never past the whole map', () => {
    expect(frameAround([[100, 100], [300, 400]], 100, 1000, 600)).toEqual([0, 100, 500, 300]);
    expect(frameAround([[-50, -50], [2000, 900]], 100, 1000, 600)).toEqual([0, 0, 1000, 600]);
  });
  it('grows a box about its centre', () => expect(grown([[0, 0], [10, 20]], 1.5)).toEqual([[-2.5, -5], [12.5, 25]]));
});
