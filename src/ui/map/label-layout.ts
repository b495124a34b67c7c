// Where each place's name goes: beside its mark where there is room, further out with a leader line
// where marks crowd. Greedy, in the order given; pure, in screen pixels.

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  width: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedLabel extends Box {
  id: string;
  /** Set when the label sits away from its mark: a line from the mark towards the label. */
  leader?: [number, number, number, number];
}

export interface LayoutOptions {
  /** The view the labels must stay in. */
  width: number;
  height: number;
  lineHeight: number;
  /** Every mark's half size: labels keep clear of all marks. */
  markRadius: number;
}

// Unit directions tried in turn: right, left, the four diagonals, above, below.
const directions: [number, number][] = [[1, 0], [-1, 0], [1, -1], [1, 1], [-1, -1], [-1, 1], [0, -1], [0, 1]];
const gaps = [4, 16, 30, 46];

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** The label's box when it sits `gap` beyond the mark's edge in direction (dx, dy). */
function candidate(p: LabelInput, [dx, dy]: [number, number], gap: number, o: LayoutOptions): Box {
  const reach = o.markRadius + gap;
  const cx = p.x + dx * reach;
  const cy = p.y + dy * reach;
  const x = dx > 0 ? cx : dx < 0 ? cx - p.width : cx - p.width / 2;
  const y = dy > 0 ? cy : dy < 0 ? cy - o.lineHeight : cy - o.lineHeight / 2;
  return { x, y, w: p.width, h: o.lineHeight };
}

export function layoutLabels(points: LabelInput[], o: LayoutOptions): PlacedLabel[] {
  const r = o.markRadius;
  const marks: Box[] = points.map((p) => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }));
  const placed: PlacedLabel[] = [];
  const view: Box = { x: 0, y: 0, w: o.width, h: o.height };
  for (const p of points) {
    let best: { box: Box; gap: number; cost: number } | undefined;
    for (const gap of gaps) {
      for (const direction of directions) {
        const box = candidate(p, direction, gap, o);
        const outside = box.w * box.h - overlap(box, view);
        const cost = [...marks, ...placed].reduce((sum, other) => sum + overlap(box, other), outside * 4);
        if (!best || cost < best.cost) best = { box, gap, cost };
        if (cost === 0) break;
      }
      if (best!.cost === 0) break;
    }
    const { box, gap } = best!;
    const label: PlacedLabel = { id: p.id, ...box };
    if (gap > gaps[0]!) label.leader = [p.x, p.y, Math.min(Math.max(p.x, box.x), box.x + box.w), Math.min(Math.max(p.y, box.y), box.y + box.h)];
    placed.push(label);
  }
  return placed;
}
