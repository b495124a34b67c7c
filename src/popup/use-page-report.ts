import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { call, isPageReport, type ContentCalls, type PageReport } from '../shared/messages.ts';

export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; report: PageReport }
  /** No content script answers in the tab; tabId is known when there is a tab to reload. */
  | { status: 'unavailable'; tabId?: number };

const refreshMs = 1500;

/**
 * Asks the content script of the tab (the given one, or the active one) what the page mentions, again
 * whenever `refresh` changes (the site switch) and every so often, as pages change while the popup is open.
 * `null` is no tab at all (the full-brief tab reads no page).
 */
export function usePageReport(tabId: number | undefined | null, refresh: unknown): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      if (tabId === null) return setState({ status: 'unavailable' });
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (cancelled) return;
      if (id === undefined) return setState({ status: 'unavailable' });
      const report = await call<ContentCalls, 'get-page-report'>(pageSender(id), { type: 'get-page-report' }).catch(() => undefined);
      if (cancelled) return;
      setState(isPageReport(report) ? { status: 'ready', tabId: id, report } : { status: 'unavailable', tabId: id });
      timer = setTimeout(() => void read(), refreshMs);
    };
    void read();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tabId, refresh]);
  return state;
}

/** Sends to the tab's top frame, whose content script speaks for the page. */
export const pageSender = (tabId: number) => (message: unknown) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });
