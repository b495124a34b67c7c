// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchIntervalMs, watchNearViewport } from '../../../src/content/near-viewport.ts';

type Entry = { target: Element; isIntersecting: boolean; boundingClientRect: DOMRectReadOnly };
const box = (size: number) => ({ width: size, height: size }) as DOMRectReadOnly;

function fakeObserver() {
  let deliver: (entries: Entry[]) => void = () => undefined;
  const observed = new Set<Element>();
  const margins: string[] = [];
  return {
    observed,
    margins,
    deliver: (entries: Entry[]) => deliver(entries),
    make(callback: (entries: Entry[]) => void, rootMargin: string) {
      deliver = callback;
      margins.push(rootMargin);
      observed.clear();
      return { observe: (e: Element) => void observed.add(e), unobserve: (e: Element) => void observed.delete(e), disconnect: () => observed.clear() };
    },
  };
}

describe('watchNearViewport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells the first change at once and later ones at most every batch interval, merged', () => {
    const io = fakeObserver();
    const batches: [string, boolean][][] = [];
    const watch = watchNearViewport((changes) => batches.push([...changes].map(([e, near]) => [e.id, near])), (cb, margin) => io.make(cb, margin));
    const [a, b] = ['a', 'b'].map((id) => Object.assign(document.createElement('p'), { id }));
    watch.observe(a!);
    watch.observe(b!);
    io.deliver([{ target: a!, isIntersecting: true, boundingClientRect: box(10) }]);
    expect(batches).toEqual([[['a', true]]]);

    io.deliver([{ target: b!, isIntersecting: true, boundingClientRect: box(10) }]);
    io.deliver([{ target: a!, isIntersecting: false, boundingClientRect: box(10) }]);
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(batchIntervalMs);
    expect(batches).toEqual([[['a', true]], [['b', true], ['a', false]]]);
  });

  it('counts an element with no box of its own (display: contents) as near', () => {
    const io = fakeObserver();
    const batches: boolean[][] = [];
    watchNearViewport((changes) => batches.push([...changes.values()]), (cb, margin) => io.make(cb, margin));
    io.deliver([{ target: document.createElement('div'), isIntersecting: false, boundingClientRect: box(0) }]);
    expect(batches).toEqual([[true]]);
  });

  it('forgets what was pending for an element no longer observed, and stops on disconnect', () => {
    const io = fakeObserver();
    const batches: number[] = [];
    const watch = watchNearViewport((changes) => batches.push(changes.size), (cb, margin) => io.make(cb, margin));
    const p = document.createElement('p');
    watch.observe(p);
    io.deliver([{ target: p, isIntersecting: true, boundingClientRect: box(10) }]);
    io.deliver([{ target: p, isIntersecting: false, boundingClientRect: box(10) }]);
    watch.unobserve(p);
    vi.advanceTimersByTime(batchIntervalMs);
    expect(batches).toEqual([1, 0]);
    io.deliver([{ target: p, isIntersecting: true, boundingClientRect: box(10) }]);
    watch.disconnect();
    vi.advanceTimersByTime(batchIntervalMs);
    expect(io.observed.size).toBe(0);
    expect(batches).toEqual([1, 0]);
  });

  it('watches two viewport heights around the screen, and starts again with the new margin when the window is resized', () => {
    const io = fakeObserver();
    const watch = watchNearViewport(() => undefined, (cb, margin) => io.make(cb, margin));
    const [a, b] = [document.createElement('p'), document.createElement('p')];
    watch.observe(a);
    watch.observe(b);
    watch.unobserve(b);
    expect(io.margins).toEqual([`${2 * innerHeight}px 0px`]);
    dispatchEvent(new Event('resize'));
    expect(io.margins).toHaveLength(1);
    const height = innerHeight;
    Object.defineProperty(window, 'innerHeight', { value: height + 100, configurable: true });
    dispatchEvent(new Event('resize'));
    expect(io.margins).toEqual([`${2 * height}px 0px`, `${2 * (height + 100)}px 0px`]);
    expect([...io.observed]).toEqual([a]);
    watch.disconnect();
    Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
    dispatchEvent(new Event('resize'));
    expect(io.margins).toHaveLength(2);
  });
});
