// @vitest-environment happy-dom
// Only the DOM wiring: geometry is placement.test.ts, and real layout belongs to browser tests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardHost, type CardHost } from '../../../src/content/card/card-host.ts';

const anchor = new DOMRect(100, 100, 60, 20);
const showOptions = { anchor, brief: null, loading: true, focus: false, onOpenFull: () => {} };

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
    expect(document.querySelector('backstory-card')).toBeNull();
    expect(cardHost.isShown()).toBe(false);
  });

  it('shows the card in an open shadow root on the root element, which tests can read', () => {
    cardHost.show(showOptions);
    const host = cardHost.element()!;
    expect(host.localName).toBe('backstory-card');
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot?.querySelector('[role="dialog"]')).not.toBeNull();
    expect(cardHost.isShown()).toBe(true);
    expect(cardHost.contains(host)).toBe(true);
    expect(cardHost.contains(document.body)).toBe(false);
    expect(cardHost.contains(null)).toBe(false);
  });

  it('hides by rendering nothing and keeps the host', () => {
    cardHost.show(showOptions);
    const host = cardHost.element();
    cardHost.hide();
    expect(cardHost.isShown()).toBe(false);
    expect(cardHost.element()).toBe(host);
    expect(host?.isConnected).toBe(true);
  });

  it('moves focus to the dialog when asked, and hides on Escape inside it', () => {
    // Catch the shadow root on its way out to reach inside.
    const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
    cardHost.show({ ...showOptions, focus: true });
    const shadow = attachShadow.mock.results[0]!.value as ShadowRoot;
    attachShadow.mockRestore();
    const dialog = shadow.querySelector('[role="dialog"]');
    expect(shadow.activeElement).toBe(dialog);
    expect(cardHost.contains(dialog)).toBe(true);
    dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardHost.isShown()).toBe(false);
    expect(shadow.querySelector('[role="dialog"]')).toBeNull();
  });

  it('gives focus back to the page when the focused card is closed', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
    cardHost.show({ ...showOptions, focus: true });
    const shadow = attachShadow.mock.results[0]!.value as ShadowRoot;
    attachShadow.mockRestore();
    shadow.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(cardHost.isShown()).toBe(false);
    expect(document.activeElement).toBe(button);
    button.remove();
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
