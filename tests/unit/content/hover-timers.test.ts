import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverTimers } from '../../../src/content/hover-timers.ts';

const delayMs = 300;
const graceMs = 300;
let events: string[];
let timers: ReturnType<typeof createHoverTimers<string>>;

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  timers = createHoverTimers<string>({ delayMs: () => delayMs, graceMs, open: (name) => events.push(`open ${name}`), close: () => events.push('close') });
});
afterEach(() => vi.useRealTimers());

describe('createHoverTimers', () => {
  it('opens a name the pointer rests on after the delay, not before', () => {
    timers.pointAt('Putin');
    vi.advanceTimersByTime(delayMs - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open Putin']);
    expect(timers.current()).toBe('Putin');
  });

  it('does not open a name the pointer only passes over', () => {
    timers.pointAt('Putin');
    vi.advanceTimersByTime(100);
    timers.pointAt(undefined);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('closes the card after the grace period once the pointer leaves, unless it comes back or reaches the card', () => {
    timers.pointAt('Putin');
    vi.advanceTimersByTime(delayMs);
    timers.pointAt(undefined);
    vi.advanceTimersByTime(graceMs - 1);
    timers.pointAt('Putin');
    vi.advanceTimersByTime(1000);
    timers.pointAt(undefined);
    vi.advanceTimersByTime(100);
    timers.inCard();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open Putin']);
    timers.pointAt(undefined);
    vi.advanceTimersByTime(graceMs);
    expect(events).toEqual(['open Putin', 'close']);
    expect(timers.current()).toBeUndefined();
  });

  it.each([0, 100, 250, 299, 300, 301])('opens the next name reached straight through plain text (%i ms there), after its delay', (plainMs) => {
    timers.pointAt('Putin');
    vi.advanceTimersByTime(delayMs);
    timers.pointAt(undefined);
    vi.advanceTimersByTime(plainMs);
    timers.pointAt('Zelensky');
    vi.advanceTimersByTime(delayMs - 1);
    expect(events.at(-1)).not.toBe('open Zelensky');
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('open Zelensky');
    expect(timers.current()).toBe('Zelensky');
  });

  it('opens the next name after its delay even when the delay is longer than the grace period', () => {
    const slow = createHoverTimers<string>({ delayMs: () => 1000, graceMs, open: (name) => events.push(`open ${name}`), close: () => events.push('close') });
    slow.pointAt('Putin');
    vi.advanceTimersByTime(1000);
    slow.pointAt('Zelensky');
    vi.advanceTimersByTime(999);
    expect(events).toEqual(['open Putin', 'close']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open Putin', 'close', 'open Zelensky']);
  });

  it('keeps one timer per name however many moves land on it', () => {
    timers.pointAt('Putin');
    vi.advanceTimersByTime(200);
    timers.pointAt('Putin');
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open Putin']);
  });

  it('does not open a name crossed on the way into the card', () => {
    timers.pointAt('Putin');
    vi.advanceTimersByTime(delayMs);
    timers.pointAt('Zelensky');
    timers.inCard();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open Putin']);
  });

  it('forgets names gone from the page, and stops every timer on reset', () => {
    timers.pointAt('Putin');
    expect(timers.forget(['Putin'])).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    timers.opened('Kyiv');
    expect(timers.forget(['Kyiv'])).toBe(true);
    timers.pointAt('Putin');
    timers.pointAt(undefined);
    timers.pointAt('Macron');
    timers.reset();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    expect(timers.current()).toBeUndefined();
  });
});
