// The one message protocol between content script, popup and background.
// Calls are declared per receiver; every receiver checks a message's shape before acting on it.
import type { Brief } from './briefs.ts';

export interface PageMention {
  id: string;
  count: number;
}

export interface PageReport {
  host: string;
  title: string;
  /** Entities the page mentions, in order of first mention. */
  mentions: PageMention[];
}

/** Calls the content script of a tab answers (sent with tabs.sendMessage). */
export interface ContentCalls {
  'get-page-report': { request: object; response: PageReport };
  /** The keyboard shortcut: go to the next marked name and open its card. */
  'next-mention': { request: object; response: void };
}

/** Calls the background answers (sent with runtime.sendMessage). */
export interface BackgroundCalls {
  'report-mentions': { request: { count: number }; response: void };
  'get-brief': { request: { id: string }; response: Brief | null };
  /** Opens the full brief in a tab of its own. */
  'open-brief': { request: { id: string }; response: void };
}

export type MessageOf<Calls> = { [K in keyof Calls & string]: { type: K } & RequestOf<Calls, K> }[keyof Calls & string];
type RequestOf<Calls, K extends keyof Calls> = Calls[K] extends { request: infer R } ? R : never;
export type ResponseOf<Calls, K extends keyof Calls> = Calls[K] extends { response: infer R } ? R : never;

export type ContentMessage = MessageOf<ContentCalls>;
export type BackgroundMessage = MessageOf<BackgroundCalls>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < 200;

export function isContentMessage(value: unknown): value is ContentMessage {
  return isRecord(value) && (value.type === 'get-page-report' || value.type === 'next-mention');
}

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'report-mentions':
      return Number.isInteger(value.count) && (value.count as number) >= 0;
    case 'get-brief':
    case 'open-brief':
      return isShortString(value.id);
    default:
      return false;
  }
}

export function isPageReport(value: unknown): value is PageReport {
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.mentions) &&
    value.mentions.every((m) => isRecord(m) && isShortString(m.id) && Number.isInteger(m.count))
  );
}

type Send = (message: unknown) => Promise<unknown>;

/** A typed call: `call<BackgroundCalls, 'get-brief'>(browser.runtime.sendMessage, { type: 'get-brief', id })`. */
export function call<Calls, K extends keyof Calls & string>(
  send: Send,
  message: { type: K } & RequestOf<Calls, K>,
): Promise<ResponseOf<Calls, K>> {
  return send(message) as Promise<ResponseOf<Calls, K>>;
}
