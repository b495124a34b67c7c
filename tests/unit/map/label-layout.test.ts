import { describe, expect, it } from 'vitest';
import { compileMap, placesOf } from '../../../src/build/compile-map.ts';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readAtlas } from '../../../src/build/map-module.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { layoutLabels, type Box } from '../../../src/ui/map/label-layout.ts';
import { marksIn, viewOf, type Mark } from '../../../src/ui/map/map-marks.ts';

const map = compileMap(readAtlas(), placesOf(compileSeeds(readSeeds('seeds')).bundle));

const options = { width: 400, height: 300, lineHeight: 14, markRadius: 6 };
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

describe('layoutLabels', () => {
  it('puts a lone label just right of its mark, without a leader', () => {
    const [label] = layoutLabels([{ id: 'a', x: 100, y: 100, width: 40 }], options);
    expect(label).toEqual({ id: 'a', x: 110, y: 93, w: 40, h: 14 });
  });
  it('goes left at the right edge of the view', () => {
    const [label] = layoutLabels([{ id: 'a', x: 390, y: 100, width: 60 }], options);
    expect(label!.x + label!.w).toBeLessThanOrEqual(380);
  });
  it('keeps labels of crowded marks clear of each other and of every mark, with leaders when pushed out', () => {
    const points = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `p${i}`, x: 200 + (i % 3) * 8, y: 150 + Math.floor(i / 3) * 8, width: 70 }));
    const labels = layoutLabels(points, options);
    const marks = points.map((p) => ({ x: p.x - 6, y: p.y - 6, w: 12, h: 12 }));
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.id}/${b.id}`).toBe(0);
      for (const m of marks) expect(overlap(a, m), a.id).toBe(0);
      expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= 400 && a.y + a.h <= 300).toBe(true);
    }
    expect(labels.filter((l) => l.leader).length).toBeGreaterThan(0);
    const pushed = labels.find((l) => l.leader)!;
    const from = points.find((p) => p.id === pushed.id)!;
    expect(pushed.leader!.slice(0, 2)).toEqual([from.x, from.y]);
  });
  it('hides a label that finds no room, beside its mark, unless it must always show', () => {
    const points = [0, 1, 2].map((i) => ({ id: `p${i}`, x: 20, y: 20 + i, width: 30, always: i === 2 }));
    const labels = layoutLabels(points, { ...options, width: 60, height: 40 });
    expect(labels.map((l) => l.id)).toEqual(['p0', 'p1', 'p2']);
    expect(labels[0]!.hidden).toBeUndefined();
    expect(labels[1]).toEqual({ id: 'p1', x: 30, y: 14, w: 30, h: 14, hidden: true });
    expect(labels[2]!.hidden).toBeUndefined();
  });
  it('never puts a label clearly nearer another mark than its own, on the seed map whole and zoomed, wide and narrow', () => {
    let pushedOut = 0;
    for (const focus of [undefined, 'pokrovsk', 'ukraine']) {
      for (const width of [368, 1068]) {
        const f = map.places.find((p) => p.id === focus);
        const marks = marksIn(map, viewOf(map, f, width), focus);
        const view = viewOf(map, f, width);
        const labels = layoutLabels(marks.map((m) => ({ id: m.id, x: m.sx, y: m.sy, width: m.name.length * 7 })), { ...options, width, height: view.height });
        for (const label of labels.filter((l) => !l.hidden)) {
          if (label.leader) pushedOut++;
          const distance = (m: Mark) => Math.hypot(Math.max(label.x - m.sx, 0, m.sx - label.x - label.w), Math.max(label.y - m.sy, 0, m.sy - label.y - label.h));
          const own = distance(marks.find((m) => m.id === label.id)!);
          for (const other of marks) expect(distance(other), `${label.id} vs ${other.id}`).toBeGreaterThanOrEqual(own - 6);
        }
      }
    }
    expect(pushedOut).toBeGreaterThan(0);
  });
});
