import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMap, placesOf } from '../../../src/build/compile-map.ts';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { applyTransfers } from '../../../src/build/map-geometry.ts';
import { readAtlas } from '../../../src/build/map-module.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import type { Frame, MapData } from '../../../src/shared/map-data.ts';

const bundle = compileSeeds(readSeeds('seeds')).bundle;
const crimea: [number, number] = [34.4, 45.3];
const moscow: [number, number] = [37.62, 55.76];

describe('applyTransfers', () => {
  const holder = (countries: ReturnType<typeof applyTransfers>, point: [number, number]) =>
    countries.filter((c) => geoContains(feature(readAtlas(), c), point)).map((c) => c.properties!.name);

  it('draws Crimea with Ukraine, where Natural Earth draws it with Russia, and leaves Russia the rest', () => {
    expect(holder(applyTransfers(readAtlas(), []), crimea)).toEqual(['Russia']);
    const moved = applyTransfers(readAtlas(), [{ point: crimea, from: 'Russia', to: 'Ukraine' }]);
    expect(holder(moved, crimea)).toEqual(['Ukraine']);
    expect(holder(moved, moscow)).toEqual(['Russia']);
  });
  it('says which country or polygon it cannot find', () => {
    expect(() => applyTransfers(readAtlas(), [{ point: crimea, from: 'Atlantis', to: 'Ukraine' }])).toThrow('no country named Atlantis');
    expect(() => applyTransfers(readAtlas(), [{ point: moscow, from: 'France', to: 'Ukraine' }])).toThrow('France has no polygon around 37.62, 55.76');
  });
});

describe('compileMap on the seeds and Natural Earth', () => {
  let map: MapData;
  beforeAll(() => void (map = compileMap(readAtlas(), placesOf(bundle))));
  const place = (id: string) => map.places.find((p) => p.id === id)!;
  const inside = ([x, y, w, h]: Frame, px: number, py: number) => px >= x && px <= x + w && py >= y && py <= y + h;

  it('puts every place of the seeds inside the map', () => {
    const ids = bundle.briefs.filter((b) => b.place).map((b) => b.id);
    expect(map.places.map((p) => p.id)).toEqual(ids);
    for (const p of map.places) expect(inside([0, 0, map.width, map.height], p.x, p.y), p.id).toBe(true);
  });
  it('marks the towns with claims in a story as contested', () => {
    expect(map.places.filter((p) => p.contested).map((p) => p.id)).toEqual(['kupiansk', 'pokrovsk', 'vovchansk']);
  });
  it('puts Kyiv west of Pokrovsk and Moscow north of Kyiv, Ireland west of France', () => {
    expect(place('kyiv').x).toBeLessThan(place('pokrovsk').x);
    expect(place('moscow').y).toBeLessThan(place('kyiv').y);
    expect(place('ireland').x).toBeLessThan(place('france').x);
  });
  it('draws places beyond the map on its edge, on their side', () => {
    expect(map.places.filter((p) => p.offMap).map((p) => p.id)).toEqual(['russia', 'united-states', 'washington', 'white-house']);
    expect(place('washington').x).toBeLessThan(map.width / 4);
    expect(place('russia').x).toBeGreaterThan(map.width / 2);
  });
  it('zooms each brief to its place, a country to the country, and Europe or a place beyond to the whole map', () => {
    const whole: Frame = [0, 0, map.width, map.height];
    for (const p of map.places) {
      const [x, y, w, h] = p.frame;
      expect(inside(p.frame, p.x, p.y), p.id).toBe(true);
      expect(x >= 0 && y >= 0 && x + w <= map.width && y + h <= map.height, p.id).toBe(true);
      expect(Math.abs(w / h - map.width / map.height), p.id).toBeLessThan(0.02);
    }
    expect(place('pokrovsk').frame[2]).toBe(map.width / 5);
    expect(place('ukraine').frame[2]).toBeGreaterThan(map.width / 5);
    expect(place('europe').frame).toEqual(whole);
    expect(place('washington').frame).toEqual(whole);
  });
  it('writes compact integer paths, and the highlighted country', () => {
    for (const d of [map.land, map.borders, map.highlight.path]) expect(d).toMatch(/^(M-?\d+[ -]\d+(l(-?\d+)([ -]\d+)*)?z?)+$/);
    expect(map.highlight.name).toBe('Ukraine');
    expect(JSON.stringify(map).length).toBeLessThan(40 * 1024);
  });
  it('rejects a place that cannot be projected, by id', () => {
    expect(() => compileMap(readAtlas(), [{ id: 'nowhere', name: 'Nowhere', lat: Number.NaN, lon: 0, contested: false }])).toThrow('nowhere');
  });
});
