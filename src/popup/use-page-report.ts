import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { call, isPageReport, type ContentCalls, type PageReport } from '../shared/messages.ts';

export type PageState = { status: 'loading' } | { status: 'ready'; tabId: number; report: PageReport } | { status: 'unavailable' };

/** Asks the content script of the tab (the given one, or the active one) what the page mentions. */
export function usePageReport(tabId: number | undefined): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return setState({ status: 'unavailable' });
      const send = (message: unknown) => browser.tabs.sendMessage(id, message, { frameId: 0 });
      const report = await call<ContentCalls, 'get-page-report'>(send, { type: 'get-page-report' }).catch(() => undefined);
      if (!cancelled) setState(isPageReport(report) ? { status: 'ready', tabId: id, report } : { status: 'unavailable' });
    })();
    return () => {
      cancelled = true;
    };
  }, [tabId]);
  return state;
}
