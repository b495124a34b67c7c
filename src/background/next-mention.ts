// The keyboard shortcut walks the marked names of every frame of the tab: the frame that has the card
// goes on from it; at its last name, the next frame that marked one starts from its first; then back to the top.
import type { MentionCursor } from '../shared/messages.ts';

const cursorFrame = new Map<number, number>();

export const forgetCursor = (tabId: number) => void cursorFrame.delete(tabId);

/** `frames`: those that marked a name; `send` asks one frame to move (false: it had no name to go to). */
export async function goToNextMention(tabId: number, frames: number[], send: (frameId: number, from: MentionCursor) => Promise<boolean>): Promise<void> {
  const order = frames.includes(0) ? frames : [0, ...frames];
  const first = Math.max(0, order.indexOf(cursorFrame.get(tabId) ?? 0));
  // One full round, then the frame it started in again from its top.
  for (let step = 0; step <= order.length; step++) {
    const frameId = order[(first + step) % order.length]!;
    if (await send(frameId, step === 0 ? 'current' : 'start').catch(() => false)) {
      cursorFrame.set(tabId, frameId);
      return;
    }
  }
}
