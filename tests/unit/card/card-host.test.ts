// @vitest-environment happy-dom
// Only the DOM wiring: geometry is placement.test.ts, and real layout belongs to browser tests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardHost, type CardHost } from '../../../src/content/card/card-host.ts';
import type { Brief } from '../../../src/shared/briefs.ts';

const anchor = new DOMRect(100, 100, 60, 20);
const showOptions = { anchor, brief: null, loading: true, page: {}, focus: false, onOpenFull: () => {} };

let controller: AbortController;
let cardHost: CardHost;
beforeEach(() => {
  controller = new AbortController();
  cardHost = createCardHost(controller.signal);
});
afterEach(() => controller.abort());

describe('createCardHost', () => {
  it('leaves the page untouched until the first show', () => {
    expect(cardHost.element()).toBeNull();
    expect(cardHost.isShown()).toBe(false);
    expect(cardHost.state()).toBeNull();
  });

  it('shows the card in a closed shadow root on a plain div at the root; state() is how tests read it', () => {
    cardHost.show(showOptions);
    const host = cardHost.element()!;
    expect(host.localName).toBe('div');
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(cardHost.state()?.name).toBe('Backstory');
    expect(cardHost.state()?.text).toContain('Loading');
    expect(cardHost.isShown()).toBe(true);
    expect(cardHost.contains(host)).toBe(true);
    expect(cardHost.contains(document.body)).toBe(false);
    expect(cardHost.contains(null)).toBe(false);
  });

  it('takes its host out of the page when it hides, and reuses it', () => {
    cardHost.show(showOptions);
    const host = cardHost.element();
    cardHost.hide();
    expect(cardHost.isShown()).toBe(false);
    expect(cardHost.state()).toBeNull();
    expect(host?.isConnected).toBe(false);
    cardHost.show(showOptions);
    expect(cardHost.element()).toBe(host);
    expect(host?.isConnected).toBe(true);
  });

  it('moves focus to the dialog when asked; a synthetic Escape from the page does not close it', () => {
    const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
    cardHost.show({ ...showOptions, focus: true });
    const shadow = attachShadow.mock.results[0]!.value as ShadowRoot;
    attachShadow.mockRestore();
    const dialog = shadow.querySelector('[role="dialog"]');
    expect(shadow.activeElement).toBe(dialog);
    expect(cardHost.contains(dialog)).toBe(true);
    dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardHost.isShown()).toBe(true);
  });

  it('gives focus back to the page when the focused card is closed', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    cardHost.show({ ...showOptions, focus: true });
    cardHost.hide();
    expect(cardHost.isShown()).toBe(false);
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('moves a shown card beside the new place of its anchor, and does nothing when none is shown', () => {
    const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
    cardHost.show(showOptions);
    const box = (attachShadow.mock.results[0]!.value as ShadowRoot).querySelector<HTMLElement>('.box')!;
    attachShadow.mockRestore();
    const top = box.style.top;
    cardHost.move(new DOMRect(100, 40, 60, 20));
    expect(box.style.top).not.toBe(top);
    expect(box.style.top).toBe('68px');
    cardHost.hide();
    cardHost.move(new DOMRect(100, 300, 60, 20));
    expect(box.style.top).toBe('68px');
  });

  it('removes the host when the signal aborts', () => {
    cardHost.show(showOptions);
    const host = cardHost.element();
    controller.abort();
    expect(host?.isConnected).toBe(false);
    expect(cardHost.element()).toBeNull();
    cardHost.show(showOptions);
    expect(cardHost.element()).toBeNull();
  });
});

describe('the language of the name the card is about', () => {
  const brief: Brief = {
    id: 'kyiv', name: 'Kyiv', kind: 'place', aliases: ['Kyiv'], localNames: [], nativeNames: [], summary: 'Capital of Ukraine.', facts: [], asOf: '2025-12-02',
    inStories: [], quotes: [], related: [], claims: [], notes: [],
  };
  const showBeside = (html: string) => {
    const passage = document.createElement('div');
    passage.innerHTML = html;
    document.body.append(passage);
    cardHost.show({ ...showOptions, brief: { brief, stories: [] }, loading: false, anchorNode: passage.querySelector('b')!.firstChild! });
    passage.remove();
    return cardHost.state()?.text ?? '';
  };

  it('is the closest lang of its text, else the document’s', () => {
    expect(showBeside('<p lang="de-AT">In <b>Kiew</b></p>')).toContain('the page is in German');
    document.documentElement.lang = 'pl';
    expect(showBeside('<p>W <b>Kijowie</b></p>')).toContain('the page is in Polish');
    expect(showBeside('<p lang="en-GB">In <b>Kyiv</b></p>')).not.toContain('the page is in');
    document.documentElement.removeAttribute('lang');
    expect(showBeside('<p>In <b>Kyiv</b></p>')).not.toContain('the page is in');
  });
});
