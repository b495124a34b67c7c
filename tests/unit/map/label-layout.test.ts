import { describe, expect, it } from 'vitest';
import { layoutLabels, type Box } from '../../../src/ui/map/label-layout.ts';

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
  it('still places every label when there is no clear room, at the least overlap', () => {
    const points = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ id: `p${i}`, x: 20, y: 20, width: 30 }));
    expect(layoutLabels(points, { ...options, width: 40, height: 40 })).toHaveLength(10);
  });
});
