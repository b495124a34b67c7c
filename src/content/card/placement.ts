// Where the hover card goes, as pure geometry: all rects are in viewport (client) coordinates.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Set when the card must shrink (and scroll) to stay clear of the anchor. */
  maxHeight?: number;
}

/** Space kept between the card and the viewport's edges. */
const viewportMargin = 8;
/** Below this, a card squeezed in beside the anchor is too short to use, so it may cover the anchor. */
const minUsableHeight = 64;

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: Rect,
  gap = 8,
): Placement {
  // A viewport narrower or shorter than two margins still gets the card at its edge.
  const marginX = Math.min(viewportMargin, viewport.width / 2);
  const marginY = Math.min(viewportMargin, viewport.height / 2);
  const minLeft = viewport.left + marginX;
  const maxLeft = viewport.left + viewport.width - marginX - card.width;
  // If the card is wider than the viewport, keep its start (name, close button) visible.
  const left = Math.max(minLeft, Math.min(anchor.left, maxLeft));

  const minTop = viewport.top + marginY;
  const maxBottom = viewport.top + viewport.height - marginY;
  // The card's nearest edge on each side; an anchor scrolled partly out of view pulls it no further than the margin.
  const belowTop = Math.max(anchor.top + anchor.height + gap, minTop);
  const aboveBottom = Math.min(anchor.top - gap, maxBottom);
  const roomBelow = maxBottom - belowTop;
  const roomAbove = aboveBottom - minTop;

  if (card.height <= roomBelow) return { left, top: belowTop, side: 'below' };
  if (card.height <= roomAbove) return { left, top: aboveBottom - card.height, side: 'above' };

  const side = roomBelow >= roomAbove ? 'below' : 'above';
  const room = Math.max(roomBelow, roomAbove);
  if (room >= minUsableHeight) return { left, top: side === 'below' ? belowTop : minTop, side, maxHeight: room };

  // No usable room on either side: stay inside the viewport even if that covers the anchor.
  const available = Math.max(0, maxBottom - minTop);
  const height = Math.min(card.height, available);
  const ideal = side === 'below' ? belowTop : aboveBottom - height;
  const top = clamp(ideal, minTop, maxBottom - height);
  return height < card.height ? { left, top, side, maxHeight: height } : { left, top, side };
}
