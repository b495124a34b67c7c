// The one message protocol between content script, popup and background.
// Calls are declared per receiver; every receiver checks a message's shape before acting on it.
import type { Brief } from './briefs.ts';

export interface PageMention {
  id: string;
  /** Every mention on the page. */
  count: number;
  /** How many of them are marked (calm mode marks the first in each section), where the content script says. */
  marked?: number;
}

export interface PageReport {
  host: string;
  title: string;
  /** Entities the page mentions, in order of first mention. */
  mentions: PageMention[];
  /** The story the page is about, where the content script can tell. */
  relevance?: { storyId: string; score: number };
}

/** Calls the content script of a tab answers (sent with tabs.sendMessage). */
export interface ContentCalls {
  'get-page-report': { request: object; response: PageReport };
  /** The keyboard shortcut: go to the next marked name and open its card. */
  'next-mention': { request: object; response: void };
  /** "Show on page": scroll to the first marked mention of the entity, flash it, open its card. False when none is marked. */
  'show-mention': { request: { id: string }; response: boolean };
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
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < 200;

export function isContentMessage(value: unknown): value is ContentMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'get-page-report':
    case 'next-mention':
      return true;
    case 'show-mention':
      return isShortString(value.id);
    default:
      return false;
  }
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
    value.mentions.every((m) => isRecord(m) && isShortString(m.id) && isCount(m.count) && (m.marked === undefined || isCount(m.marked))) &&
    (value.relevance === undefined || (isRecord(value.relevance) && isShortString(value.relevance.storyId) && Number.isFinite(value.relevance.score)))
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
