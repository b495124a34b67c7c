import { describe, expect, it } from 'vitest';
import { placeCard, type Placement, type Rect } from '../../../src/content/card/placement.ts';

const viewport: Rect = { left: 0, top: 0, width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const word = (left: number, top: number): Rect => ({ left, top, width: 60, height: 20 });

/** The card's box as placed, shrunk to maxHeight when it has one. */
function boxOf(place: Placement, size: { width: number; height: number }): Rect {
  return { left: place.left, top: place.top, width: size.width, height: Math.min(size.height, place.maxHeight ?? Infinity) };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeCard', () => {
  it('puts the card below the anchor, aligned with its left edge, with a gap', () => {
    expect(placeCard(word(100, 100), card, viewport)).toEqual({ left: 100, top: 128, side: 'below' });
  });

  it('honours a custom gap', () => {
    expect(placeCard(word(100, 100), card, viewport, 2)).toMatchObject({ top: 122, side: 'below' });
  });

  it('flips above the anchor near the bottom of the viewport', () => {
    // Below would end at 778 + 8 + 200 > 792.
    expect(placeCard(word(100, 750), card, viewport)).toEqual({ left: 100, top: 542, side: 'above' });
  });

  it('stays below when it fits exactly above the bottom margin', () => {
    // The anchor ends at 584, so the card spans 592 to 792: right on the bottom margin.
    expect(placeCard(word(100, 564), card, viewport)).toEqual({ left: 100, top: 592, side: 'below' });
  });

  it('shifts left near the right edge, keeping an 8px margin', () => {
    expect(placeCard(word(900, 100), card, viewport).left).toBe(692);
  });

  it('keeps an 8px margin at the left edge', () => {
    expect(placeCard(word(2, 100), card, viewport).left).toBe(8);
  });

  it('keeps the start of a card wider than the viewport visible', () => {
    expect(placeCard(word(100, 100), { width: 1200, height: 200 }, viewport).left).toBe(8);
  });

  it('works in a viewport offset from the window (a fullscreen element)', () => {
    const inner: Rect = { left: 200, top: 100, width: 400, height: 300 };
    expect(placeCard(word(500, 150), card, inner)).toEqual({ left: 292, top: 178, side: 'below' });
  });

  it('uses the side with more room when neither fits, shrinking the card instead of covering the anchor', () => {
    const tall = { width: 300, height: 700 };
    const place = placeCard(word(100, 500), tall, viewport);
    expect(place).toEqual({ left: 100, top: 8, side: 'above', maxHeight: 484 });
    expect(overlaps(boxOf(place, tall), word(100, 500))).toBe(false);

    const below = placeCard(word(100, 200), tall, viewport);
    expect(below).toEqual({ left: 100, top: 228, side: 'below', maxHeight: 564 });
  });

  it('never overlaps the anchor in a usable viewport', () => {
    const sizes = [card, { width: 360, height: 420 }, { width: 360, height: 900 }];
    for (const size of sizes) {
      for (let top = 0; top <= 780; top += 20) {
        for (const left of [0, 500, 960]) {
          const anchor = word(left, top);
          const place = placeCard(anchor, size, viewport);
          expect(overlaps(boxOf(place, size), anchor), `${size.height}px card at ${left},${top}`).toBe(false);
        }
      }
    }
  });

  it('keeps the card inside the viewport whenever it fits', () => {
    for (let top = 0; top <= 780; top += 20) {
      const place = placeCard(word(980, top), card, viewport);
      expect(place.left).toBeGreaterThanOrEqual(8);
      expect(place.left + card.width).toBeLessThanOrEqual(992);
      expect(place.top).toBeGreaterThanOrEqual(8);
      expect(place.top + card.height).toBeLessThanOrEqual(792);
    }
  });

  it('stays inside a tiny viewport, covering the anchor only when there is no usable room', () => {
    const tiny: Rect = { left: 0, top: 0, width: 120, height: 90 };
    const place = placeCard(word(40, 35), card, tiny);
    expect(place.left).toBe(8);
    expect(place.top).toBe(8);
    expect(place.maxHeight).toBe(74);
  });

  it('copes with a viewport smaller than its margins', () => {
    const place = placeCard(word(0, 0), card, { left: 0, top: 0, width: 10, height: 10 });
    expect(place).toMatchObject({ left: 5, top: 5, maxHeight: 0 });
  });

  it('keeps the card on screen when the anchor is scrolled partly out of view', () => {
    expect(placeCard({ left: 100, top: -15, width: 60, height: 20 }, card, viewport)).toMatchObject({ top: 13, side: 'below' });
    expect(placeCard({ left: 100, top: 790, width: 60, height: 20 }, card, viewport)).toMatchObject({ top: 582, side: 'above' });
  });
});
