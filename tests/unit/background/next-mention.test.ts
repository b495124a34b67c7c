import { describe, expect, it } from 'vitest';
import { forgetCursor, goToNextMention } from '../../../src/background/next-mention.ts';
import type { MentionCursor } from '../../../src/shared/messages.ts';

/** Frames with this many names each; records every call. */
function fakeFrames(names: Record<number, number>) {
  const at: Record<number, number> = {};
  const calls: string[] = [];
  const send = async (frameId: number, from: MentionCursor) => {
    calls.push(`${frameId}:${from}`);
    const next = from === 'start' || at[frameId] === undefined ? 0 : at[frameId]! + 1;
    if (next >= (names[frameId] ?? 0)) {
      delete at[frameId];
      return false;
    }
    at[frameId] = next;
    return true;
  };
  return { send, calls, at };
}

describe('goToNextMention', () => {
  it('goes through the top frame, then each frame with names from its first, then back to the top', async () => {
    forgetCursor(1);
    const frames = fakeFrames({ 0: 2, 5: 1 });
    const visits: string[] = [];
    for (let press = 0; press < 4; press++) {
      await goToNextMention(1, [0, 5], frames.send);
      visits.push(JSON.stringify(frames.at));
    }
    expect(visits).toEqual(['{"0":0}', '{"0":1}', '{"5":0}', '{"0":0}']);
  });

  it('starts in the top frame even when it marked nothing, and wraps in a single frame', async () => {
    forgetCursor(2);
    const frames = fakeFrames({ 7: 1 });
    await goToNextMention(2, [7], frames.send);
    expect(frames.calls).toEqual(['0:current', '7:start']);
    frames.calls.length = 0;
    await goToNextMention(2, [7], frames.send);
    expect(frames.calls).toEqual(['7:current', '0:start', '7:start']);
    expect(frames.at).toEqual({ 7: 0 });
  });

  it('stops after one round when no frame has a name, and survives a frame that cannot answer', async () => {
    forgetCursor(3);
    const calls: number[] = [];
    await goToNextMention(3, [0, 4], async (frameId) => {
      calls.push(frameId);
      if (frameId === 4) throw new Error('Could not establish connection');
      return false;
    });
    expect(calls).toEqual([0, 4, 0]);
  });
});
