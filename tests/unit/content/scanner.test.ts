// @vitest-environment happy-dom
// The scan's marking, cut into slices: a block matched across many slices is highlighted once, when it is done
// (in Chromium each change to a text node's highlights costs a PrePaint of the whole node).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import type { Highlighter } from '../../../src/content/highlighter.ts';
import { MarkStore, type Mark } from '../../../src/content/marks.ts';
import { createScanner } from '../../../src/content/scanner.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import './static-range.ts';

const matcher = compileMatcher(compileSeeds(readSeeds('seeds')).aliasIndex);

function scanBody(html: string) {
  document.body.innerHTML = html;
  const added: Mark[][] = [];
  /** For each call to add: how many marks the store held then, and in which slice it came. */
  const addedWhen: { marksMade: number; slice: number }[] = [];
  const highlighter: Highlighter = {
    add(marks) {
      added.push([...marks]);
      addedWhen.push({ marksMade: store.marks.size, slice: scanner.stats.slices });
    },
    remove: () => undefined,
    reset: () => undefined,
    isShown: () => false,
    registeredCount: () => 0,
    dispose: () => undefined,
  };
  const store = new MarkStore({ kindOf: () => 'person', isCommon: () => false, regionOf: () => ({ role: 'main', scope: null }) });
  const scanner = createScanner({
    matcher,
    mayMention: () => true,
    store,
    highlighter,
    signal: new AbortController().signal,
    onShadowRoot: () => undefined,
    onHiddenBlock: () => undefined,
  });
  return { added, addedWhen, store, scanner };
}

/** A clock that moves a millisecond each time it is read: every slice runs out of time at once. */
function useClockThatRunsOut() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now++);
}

/** A scan started on a block of 10,001 names, whose first text node the test then rewrites. */
function scanRewrittenLater() {
  useClockThatRunsOut();
  const { added, store, scanner } = scanBody(`<p>${'Putin met Zelensky. '.repeat(5000)}<b>Kushner</b></p>`);
  return { added, store, first: document.querySelector('p')!.firstChild as Text, scanning: scanner.scan(document.body) };
}

describe('scanner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('highlights a block only once all its marks are made, then a piece at a time, however many slices that took', async () => {
    useClockThatRunsOut();
    const { added, addedWhen, store, scanner } = scanBody(`<p>${'Putin met Zelensky. '.repeat(5000)}</p><p>Witkoff</p>`);
    await scanner.scan(document.body);
    expect(scanner.stats.slices).toBeGreaterThan(5);
    expect(addedWhen.every(({ marksMade }) => marksMade >= 10_000)).toBe(true);
    expect(new Set(addedWhen.map(({ slice }) => slice)).size).toBeGreaterThan(5);
    expect(Math.max(...added.map((marks) => marks.length))).toBeLessThanOrEqual(64);
    expect(added.flat()).toHaveLength(10_001);
    expect(added.at(-1)!.map((mark) => mark.range.startContainer.textContent)).toEqual(['Witkoff']);
    expect(store.marks.size).toBe(10_001);
  });

  it('matches a long text with no names across slices, a chunk at a time', async () => {
    useClockThatRunsOut();
    const { added, scanner } = scanBody(`<p>${'Nobody is named here. '.repeat(5000)}Putin</p>`);
    await scanner.scan(document.body);
    expect(scanner.stats.slices).toBeGreaterThan(5);
    expect(added.flat().map((mark) => mark.range.startContainer.textContent!.slice(mark.range.startOffset, mark.range.endOffset))).toEqual(['Putin']);
  });

  it('marks what a name waiting for company held back a piece at a time, not all in the slice that frees it', async () => {
    useClockThatRunsOut();
    // "Krasnoarmeysk" counts only in a block that names Pokrovsk too: every mention after it waits for the block's end.
    const { added, store, scanner } = scanBody(`<p>Krasnoarmeysk. ${'Putin met Zelensky. '.repeat(5000)}</p>`);
    const pieces: number[] = [];
    const slicesMarkedIn = new Set<number>();
    const addBlock = store.addBlock.bind(store);
    vi.spyOn(store, 'addBlock').mockImplementation((block, mentions) => {
      pieces.push(mentions.length);
      slicesMarkedIn.add(scanner.stats.slices);
      return addBlock(block, mentions);
    });
    await scanner.scan(document.body);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(64);
    expect(pieces.reduce((sum, length) => sum + length, 0)).toBe(10_000);
    // Read once after each piece, the clock passes an 8 ms deadline after at most 9.
    expect(slicesMarkedIn.size).toBeGreaterThanOrEqual(10_000 / 64 / 9);
    expect(added.flat()).toHaveLength(10_000);
    expect(store.marks.size).toBe(10_000);
  });

  it('leaves out the marks of text the page changed before the block was done', async () => {
    const { added, store, first, scanning } = scanRewrittenLater();
    // What the change watcher does when the page rewrites a text node: its marks leave the store at once.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(added).toEqual([]);
    const dropped = store.removeNodes([first]);
    expect(dropped.length).toBeGreaterThan(0);
    await scanning;
    const highlighted = added.flat();
    expect(highlighted.every((mark) => store.marks.has(mark))).toBe(true);
    expect(highlighted.map((mark) => mark.range.startContainer.textContent)).toContain('Kushner');
  });

  it('leaves out of the highlights the marks of text the page changed while they were being highlighted', async () => {
    const { added, store, first, scanning } = scanRewrittenLater();
    while (added.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.removeNodes([first]).length).toBeGreaterThan(9_000);
    await scanning;
    const later = added.slice(1).flat();
    expect(later.map((mark) => mark.range.startContainer.textContent)).toEqual(['Kushner']);
  });
});
