// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMap, placesOf } from '../../../src/build/compile-map.ts';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readAtlas } from '../../../src/build/map-module.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { MapPicture } from '../../../src/ui/map/MapPicture.tsx';

const map = compileMap(readAtlas(), placesOf(compileSeeds(readSeeds('seeds')).bundle));
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const places = () => [...root.querySelectorAll<SVGGElement>('[data-place]')];
const key = (target: Element, k: string) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));

describe('MapPicture', () => {
  it('draws every place as a focusable, named button, the land, the borders and a legend', () => {
    act(() => render(<MapPicture map={map} onChoose={() => undefined} />, root));
    expect(places().map((g) => g.dataset.place).sort()).toEqual(map.places.map((p) => p.id));
    for (const g of places()) {
      expect(g.getAttribute('role')).toBe('button');
      expect(g.getAttribute('tabindex')).toBe('0');
      expect(g.getAttribute('aria-label')).toMatch(/^\S/);
    }
    expect(root.querySelector('.land')!.getAttribute('d')).toBe(map.land);
    expect(root.querySelectorAll('.map-legend li')).toHaveLength(4);
    expect(document.getElementById('backstory-map-styles')?.textContent).toContain('.place-map');
  });
  it('chooses a place with Enter, Space or a click, and moves with the arrows', () => {
    const onChoose = vi.fn();
    act(() => render(<MapPicture map={map} onChoose={onChoose} />, root));
    const kyiv = root.querySelector<SVGGElement>('[data-place="kyiv"]')!;
    key(kyiv, 'Enter');
    key(kyiv, ' ');
    act(() => void kyiv.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    key(kyiv, 'x');
    expect(onChoose.mock.calls).toEqual([['kyiv'], ['kyiv'], ['kyiv']]);
    kyiv.focus();
    expect(document.activeElement).toBe(kyiv);
    key(kyiv, 'ArrowRight');
    expect(document.activeElement?.getAttribute('data-place')).toBe('kupiansk');
  });
  it('zooms to the focused place, marks it current, and draws only what the frame holds', () => {
    act(() => render(<MapPicture map={map} focus="pokrovsk" onChoose={() => undefined} compact />, root));
    const ids = places().map((g) => g.dataset.place);
    expect(ids[0]).toBe('pokrovsk');
    expect(ids).not.toContain('dublin');
    expect(root.querySelector('[aria-current="location"]')?.getAttribute('data-place')).toBe('pokrovsk');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('Map around Pokrovsk');
    expect(root.querySelector('.map-legend')!.textContent).toContain('Contested');
    expect(root.querySelector('.map-legend')!.textContent).not.toContain('the sides claim');
    expect(root.querySelector('.map-legend')!.textContent).not.toContain('Beyond the map');
  });
  it('shows the whole map for a focus it does not know', () => {
    act(() => render(<MapPicture map={map} focus="atlantis" onChoose={() => undefined} />, root));
    expect(places()).toHaveLength(map.places.length);
  });
});
