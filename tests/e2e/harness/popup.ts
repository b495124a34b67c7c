// Driving the popup's views as a reader does: opened for a tab, clicked with the pointer, read as text.
import { findTabId } from './browsers.ts';
import type { ExtensionSession, TestPage } from './session.ts';

export const popupSize = { width: 400, height: 600 };

/** The id of the tab showing the page with this title. */
export async function tabIdOf(session: ExtensionSession, title: string): Promise<number> {
  const finder = await session.openExtensionPage('options.html');
  try {
    return await findTabId(finder, title);
  } finally {
    await finder.close();
  }
}

/** The popup as it opens for that tab (popup.html?tab=ID), at the popup's size, on the given route. */
export async function openPopup(session: ExtensionSession, tabId: number | undefined, hash = ''): Promise<TestPage> {
  const popup = await session.openExtensionPage(`popup.html${tabId === undefined ? '' : `?tab=${tabId}`}${hash}`);
  await popup.setViewport(popupSize.width, popupSize.height);
  await popup.waitFor(() => document.querySelector('[data-view-heading]') !== null);
  return popup;
}

/** Scrolls the element into view if needed and clicks its middle with the pointer. */
export async function clickOn(page: TestPage, selector: string): Promise<void> {
  await page.waitFor((s: string) => document.querySelector(s) !== null, selector);
  const point = await page.evaluate((s: string) => {
    const element = document.querySelector(s)!;
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = element.getClientRects()[0]!;
    return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
  }, selector);
  await page.clickAt(point.x, point.y);
}

export const textOf = (page: TestPage, selector: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, selector);
export const focused = (page: TestPage) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.localName}${element.id ? `#${element.id}` : ''}:${element.textContent?.trim().slice(0, 40) ?? ''}` : null;
  });

/** An ISO day as the extension's pages show it: Intl in the browser's UI language (the English messages follow it). */
export const shownDate = (page: TestPage, isoDay: string) =>
  page.evaluate((day: string) => {
    type I18n = { getUILanguage(): string };
    const scope = globalThis as unknown as { browser?: { i18n: I18n }; chrome: { i18n: I18n } };
    const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
    return new Intl.DateTimeFormat((scope.browser ?? scope.chrome).i18n.getUILanguage(), options).format(new Date(`${day}T00:00:00Z`));
  }, isoDay);
