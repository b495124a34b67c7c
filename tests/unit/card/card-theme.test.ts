import { describe, expect, it } from 'vitest';
import { resolveCardTheme, shadeOf } from '../../../src/content/card/card-theme.ts';

describe('shadeOf', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(31, 33, 36)', 'dark'],
    ['rgba(0, 0, 0, 0.9)', 'dark'],
    ['rgb(0 0 0 / 80%)', 'dark'],
    ['rgb(250, 240, 200)', 'light'],
  ])('reads %s as %s', (colour, shade) => expect(shadeOf(colour)).toBe(shade));

  it.each(['rgba(0, 0, 0, 0)', 'rgb(0 0 0 / 10%)', 'transparent', 'color(srgb 1 1 1)'])('has no shade for %s', (colour) => {
    expect(shadeOf(colour)).toBeUndefined();
  });
});

describe('resolveCardTheme', () => {
  const darkPage = ['rgba(0, 0, 0, 0)', 'rgb(20, 20, 20)'];
  it('keeps a chosen light or dark whatever the page and system', () => {
    expect(resolveCardTheme('light', darkPage, true)).toBe('light');
    expect(resolveCardTheme('dark', ['rgb(255, 255, 255)'], false)).toBe('dark');
  });

  it('follows the system when asked', () => {
    expect(resolveCardTheme('system', darkPage, false)).toBe('light');
    expect(resolveCardTheme('system', [], true)).toBe('dark');
  });

  it('follows the first page background that shows, else the system', () => {
    expect(resolveCardTheme('page', darkPage, false)).toBe('dark');
    expect(resolveCardTheme('page', ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], true)).toBe('light');
    expect(resolveCardTheme('page', ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], true)).toBe('dark');
  });
});
