// @vitest-environment happy-dom
// The highlighter leaves the page's highlight registry alone until it has a range to show: in Chromium each change
// to the registry repaints the whole page, so empty highlights set at start would cost a repaint of their own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../src/content/highlighter.ts';
import { Mark } from '../../../src/content/marks.ts';
import { defaultSettings } from '../../../src/shared/settings.ts';
import './static-range.ts';

// happy-dom has neither CSS.highlights nor Highlight: a Map and a Set stand in.
const registry = new Map<string, Set<unknown>>();
const scope = globalThis as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };

function markIn(paragraph: HTMLElement, kind: Mark['kind']): Mark {
  return new Mark(0, kind, true, true, null, [paragraph.firstChild as Text], 0, 5);
}

describe('highlighter and the registry', () => {
  beforeEach(() => {
    registry.clear();
    scope.CSS = { ...(scope.CSS ?? {}), highlights: registry };
    scope.Highlight = class extends Set {};
  });
  afterEach(() => document.body.replaceChildren());

  it('sets a kind in the registry only with its first range near the viewport, and takes out only what it set', () => {
    document.body.innerHTML = '<p>Putin met</p><p>Kyiv was</p>';
    const [first, second] = [...document.querySelectorAll('p')];
    let report: (changes: Map<Element, boolean>) => void = () => undefined;
    const highlighter = createHighlighter(defaultSettings, (onChange) => {
      report = onChange;
      return { observe: () => undefined, unobserve: () => undefined, disconnect: () => undefined };
    });
    expect([...registry.keys()]).toEqual([]);

    highlighter.add([markIn(first!, 'person'), markIn(second!, 'place')]);
    // Shown, but not near the viewport yet: nothing registered.
    expect([...registry.keys()]).toEqual([]);
    report(new Map([[first!, true]]));
    expect([...registry.keys()]).toEqual(['backstory-person']);
    expect(registry.get('backstory-person')!.size).toBe(1);
    expect(highlighter.registeredCount()).toBe(1);

    registry.set('page-own', new Set());
    highlighter.dispose();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('puts a mark in a text node over 100,000 units long in its kind\'s undecorated highlight, and takes it out of there', () => {
    document.body.innerHTML = `<p>Putin met</p><p>Putin ${'x'.repeat(100_000)}</p>`;
    const [short, long] = [...document.querySelectorAll('p')];
    let report: (changes: Map<Element, boolean>) => void = () => undefined;
    const highlighter = createHighlighter(defaultSettings, (onChange) => {
      report = onChange;
      return { observe: () => undefined, unobserve: () => undefined, disconnect: () => undefined };
    });
    const marks = [markIn(short!, 'person'), markIn(long!, 'person')];
    highlighter.add(marks);
    report(new Map([[short!, true], [long!, true]]));
    expect([...registry].map(([name, ranges]) => [name, ranges.size])).toEqual([['backstory-person', 1], ['backstory-person-in-long-text', 1]]);
    // Its text shortened since: the mark still leaves the highlight it is in.
    (long!.firstChild as Text).data = 'Putin';
    highlighter.remove([marks[1]!]);
    expect(registry.get('backstory-person-in-long-text')!.size).toBe(0);
    expect(highlighter.registeredCount()).toBe(1);
    highlighter.dispose();
    expect([...registry.keys()]).toEqual([]);
  });

  it('registers the marks of a block that has more to come only with its last piece, near the viewport or coming near', () => {
    document.body.innerHTML = `<p>${'Putin '.repeat(6)}</p><p>Kyiv</p>`;
    const [long, other] = [...document.querySelectorAll('p')];
    let report: (changes: Map<Element, boolean>) => void = () => undefined;
    const highlighter = createHighlighter(defaultSettings, (onChange) => {
      report = onChange;
      return { observe: () => undefined, unobserve: () => undefined, disconnect: () => undefined };
    });
    const text = long!.firstChild as Text;
    const marks = [0, 1, 2, 3, 4, 5].map((i) => new Mark(0, 'person', true, true, null, [text], i * 6, i * 6 + 5));
    highlighter.add([markIn(other!, 'place')]);
    report(new Map([[other!, true]]));
    expect(highlighter.registeredCount()).toBe(1);

    highlighter.add(marks.slice(0, 2), true);
    // The block comes near while its marks are still coming: they wait.
    report(new Map([[long!, true]]));
    highlighter.add(marks.slice(2, 4), true);
    expect(highlighter.registeredCount()).toBe(1);
    expect(marks.slice(0, 4).every((mark) => highlighter.isShown(mark))).toBe(true);
    highlighter.add(marks.slice(4));
    expect(highlighter.registeredCount()).toBe(7);
    expect(registry.get('backstory-person')!.size).toBe(6);

    // A block near already, whose last piece is empty (the page changed its text meanwhile).
    const more = new Mark(0, 'place', true, true, null, [other!.firstChild as Text], 0, 4);
    highlighter.add([more], true);
    expect(highlighter.registeredCount()).toBe(7);
    highlighter.add([]);
    expect(highlighter.registeredCount()).toBe(8);
    highlighter.dispose();
  });
});
