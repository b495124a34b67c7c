// When the card opens and closes as the pointer moves, with no DOM: resting on a name opens its card
// after the delay; leaving it (for plain text, or for another name) closes the card after a grace
// period unless the pointer comes back or reaches the card. A name reached during that grace opens
// after its own delay: closing the old card never cancels the new one.

export interface HoverTimers<Target> {
  /** The pointer is over this name, or over neither a name nor the card (undefined). */
  pointAt(target: Target | undefined): void;
  /** The pointer is in the card: it stays open, and a name crossed on the way there does not open. */
  inCard(): void;
  /** A card opened for this name some other way (the keyboard shortcut, "Show on page"). */
  opened(target: Target): void;
  /** These names are gone from the page: one about to open will not; true when the open one is among them. */
  forget(targets: Target[]): boolean;
  /** The card is closed (Esc, a click, scrolled away): every timer stops. */
  reset(): void;
  /** The name whose card is open. */
  current(): Target | undefined;
}

export interface HoverTimerOptions<Target> {
  delayMs(): number;
  graceMs: number;
  open(target: Target): void;
  close(): void;
}

export function createHoverTimers<Target>({ delayMs, graceMs, open, close }: HoverTimerOptions<Target>): HoverTimers<Target> {
  let current: Target | undefined;
  let pending: { target: Target; timer: ReturnType<typeof setTimeout> } | undefined;
  let closing: ReturnType<typeof setTimeout> | undefined;

  const cancelPending = () => {
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
  };
  const cancelClosing = () => {
    clearTimeout(closing);
    closing = undefined;
  };
  const opened = (target: Target) => {
    cancelPending();
    cancelClosing();
    current = target;
  };

  return {
    pointAt(target) {
      if (target !== undefined && target === current) {
        cancelPending();
        return cancelClosing();
      }
      if (target !== pending?.target) {
        cancelPending();
        if (target !== undefined) {
          const timer = setTimeout(() => {
            opened(target);
            open(target);
          }, delayMs());
          pending = { target, timer };
        }
      }
      if (current !== undefined && closing === undefined) {
        closing = setTimeout(() => {
          closing = undefined;
          current = undefined;
          close();
        }, graceMs);
      }
    },
    inCard() {
      cancelPending();
      cancelClosing();
    },
    opened,
    forget(targets) {
      if (pending && targets.includes(pending.target)) cancelPending();
      return current !== undefined && targets.includes(current);
    },
    reset() {
      cancelPending();
      cancelClosing();
      current = undefined;
    },
    current: () => current,
  };
}
