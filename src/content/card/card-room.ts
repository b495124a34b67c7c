// A rough height of the card's text, so that what does not fit is left to the full brief rather than
// scrolled to. Lines are guessed from characters at the card's 360 px, on the wide side (DejaVu Sans,
// system-ui on Linux, wraps soonest); the e2e test measures the real card (tests/e2e/card-size.e2e.test.ts).

const cardPx = 320;
/** Border, padding, a one-line header and the footer. */
const chromePx = 82;

const sizes = {
  /** The name in the header: 16 px bold, beside the kind and the close button. */
  name: { charsPerLine: 20, linePx: 20.8 },
  /** The summary: 14 px. */
  text: { charsPerLine: 38, linePx: 19.6 },
  /** Facts and the story's statements: 13 px, in a list. */
  list: { charsPerLine: 35, linePx: 18.2 },
  /** Claims, notes, headings and asides: 12 px. */
  small: { charsPerLine: 40, linePx: 16.2 },
};
const gapPx = 6;

export type TextSize = keyof typeof sizes;

const linesOf = (text: string, size: TextSize) => Math.max(1, Math.ceil(text.length / sizes[size].charsPerLine));

export const heightOf = (text: string, size: TextSize) => linesOf(text, size) * sizes[size].linePx + gapPx;

/** One line whatever its length (cut short with an ellipsis). */
export const lineHeight = (size: TextSize) => sizes[size].linePx + gapPx;

export interface Room {
  spend(height: number): void;
  /** Spends the height when it fits. */
  fits(height: number): boolean;
}

/** The room for the body of a card with this name, which may wrap in the header. */
export function roomFor(name: string): Room {
  let left = cardPx - chromePx - (linesOf(name, 'name') - 1) * sizes.name.linePx;
  return {
    spend: (height) => void (left -= height),
    fits(height) {
      if (height > left) return false;
      left -= height;
      return true;
    },
  };
}

/** The texts that fit the room, in order, at most `max`. */
export const fitting = (texts: string[], room: Room, size: TextSize, max: number): string[] =>
  texts.slice(0, max).filter((text) => room.fits(heightOf(text, size)));
