import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../../../src/shared/alias-index.ts';
import { highlightDeclarations, kindStylesOf } from '../../../src/shared/kind-styles.ts';

const highlightCss = readFileSync('src/content/highlights.css', 'utf8');

describe('kindStylesOf', () => {
  it('reads a style for every kind from the stylesheet that draws the pages', () => {
    const styles = kindStylesOf(highlightCss);
    expect(Object.keys(styles)).toEqual([...entityKinds]);
    for (const kind of entityKinds) expect(styles[kind].css).toMatch(/^background-color: [^;]+; text-decoration: underline /);
  });

  it('draws a mark in a very long text node with its kind\'s background alone', () => {
    const declarations = highlightDeclarations(highlightCss);
    for (const kind of entityKinds) {
      const background = /background-color: [^;]+;/.exec(declarations.get(`backstory-${kind}`)!)![0];
      expect(declarations.get(`backstory-${kind}-in-long-text`)).toBe(background);
    }
  });

  it('gathers a highlight\'s declarations from every rule that names it, comments left out', () => {
    const css = '/* ::highlight(a) { color: red; } */ ::highlight(a), ::highlight(a-b) { color: blue; }\n::highlight(a) { text-decoration: underline; }';
    expect(highlightDeclarations(css)).toEqual(new Map([['a', 'color: blue; text-decoration: underline;'], ['a-b', 'color: blue;']]));
  });

  it('gives each kind its own underline, so colour is never the only cue', () => {
    const underlines = Object.values(kindStylesOf(highlightCss)).map((style) => style.underline);
    expect(new Set(underlines).size).toBe(entityKinds.length);
  });

  it('names the underline style of a rule', () => {
    const css = entityKinds.map((kind) => `::highlight(backstory-${kind}) { text-decoration: underline ${kind === 'place' ? 'wavy' : 'dotted'} red; }`).join('\n');
    expect(kindStylesOf(css).place).toEqual({ css: 'text-decoration: underline wavy red;', underline: 'wavy' });
  });

  it('fails loudly when a kind has no rule', () => {
    expect(() => kindStylesOf('::highlight(backstory-person) { color: red; }')).toThrow('highlights.css draws no place');
  });
});
