// Where each place's name goes: beside its mark where there is room, a little further out with a
// leader line where marks crowd, and hidden (shown on hover and focus) where there is no room at all.
// Greedy, in the order given; pure, in screen pixels.

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  width: number;
  /** Labelled even where it must cover something: the place the map is about. */
  always?: boolean;
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
  /** No room without covering another label or mark: drawn only while its place is hovered or focused. */
  hidden?: true;
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
const gaps = [4, 14, 26];

const distance = (b: Box, x: number, y: number) => Math.hypot(Math.max(b.x - x, 0, x - b.x - b.w), Math.max(b.y - y, 0, y - b.y - b.h));
/** A label clearly nearer another mark than its own would name the wrong place: costlier than any overlap. */
const misleading = 1e6;
/** Marks this close together are read as one spot: a label may sit nearer either. */
const sameSpot = 6;

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
  /** What a label must keep clear of: every mark, and the labels placed so far. */
  const taken: Box[] = points.map((p) => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }));
  const view: Box = { x: 0, y: 0, w: o.width, h: o.height };
  return points.map((p): PlacedLabel => {
    let best: { box: Box; gap: number; cost: number } | undefined;
    for (const gap of gaps) {
      for (const direction of directions) {
        const box = candidate(p, direction, gap, o);
        const outside = box.w * box.h - overlap(box, view);
        const own = distance(box, p.x, p.y);
        const nearer = points.some((q) => q !== p && distance(box, q.x, q.y) < own - sameSpot);
        const cost = taken.reduce((sum, other) => sum + overlap(box, other), outside * 4 + (nearer ? misleading : 0));
        if (!best || cost < best.cost) best = { box, gap, cost };
        if (cost === 0) break;
      }
      if (best!.cost === 0) break;
    }
    // With no room, it shows beside its mark, and only while its place is hovered or focused.
    if (best!.cost > 0 && !p.always) return { id: p.id, ...candidate(p, directions[0]!, gaps[0]!, o), hidden: true };
    const { box, gap } = best!;
    taken.push(box);
    const label: PlacedLabel = { id: p.id, ...box };
    if (gap > gaps[0]!) label.leader = [p.x, p.y, Math.min(Math.max(p.x, box.x), box.x + box.w), Math.min(Math.max(p.y, box.y), box.y + box.h)];
    return label;
  });
}
