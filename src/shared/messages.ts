// The one message protocol between content script, popup and background. Calls are declared per
// receiver, each with the guard its request must pass: a call cannot be added without its check,
// and every receiver runs the guard before its switch.
import type { Brief } from './briefs.ts';
import type { PageContext, StoryLabel } from './page-context.ts';

export interface PageMention {
  id: string;
  /** Every mention on the page. */
  count: number;
  /** How many of them are marked (calm mode marks a name once, in the main text), where the content script says. */
  marked?: number;
}

/** `relevance`: the story the page is about, where the content script can tell; `published`: the date the page states. */
export interface PageReport extends PageContext {
  host: string;
  title: string;
  /** Entities the page mentions (its frames included), in order of first mention. */
  mentions: PageMention[];
  /** The primary subtag of the document's `lang` ("pl" of "pl-PL"), when it has one that is a language code. */
  language?: string;
}

/** How the first scan of a frame went: for the benchmark and the tests, never written where the page can read it. */
export interface ScanStats {
  /** Our own time on the main thread. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** From the session's start to the end of its first slice: the top of the page is marked by then. */
  firstSliceMs: number;
  /** From the session's start to the end of the first scan. */
  totalMs: number;
  marks: number;
  /** Marks registered with CSS.highlights now (those near the viewport). */
  registered: number;
}

/** What the hover card shows, read by the tests (the card's shadow root is closed to the page). */
export interface CardState {
  name: string;
  text: string;
  box: { top: number; bottom: number; left: number; right: number };
  /** Its computed background colour: light or dark as the theme setting and the page decide. */
  background: string;
  focused: boolean;
}

export type MentionCursor = 'start' | 'current';

/** A shown mark as the tests read it: its kind and its text, in document order. */
export type ShownMark = [kind: string, text: string];

/** A brief as the card gets it: with the title and date of each story it is in, in the order of `brief.inStories`. */
export interface CardBrief {
  brief: Brief;
  stories: StoryLabel[];
}

type Fields = Record<string, unknown>;
/** A call's request and response types, with the guard that checks a request's fields. */
interface Call<Request, Response> {
  check(fields: Fields): boolean;
  /** Never set: carries the types. */
  types?: { request: Request; response: Response };
}
const declare = <Request extends object, Response>(check: (fields: Fields) => boolean = () => true): Call<Request, Response> => ({ check });

const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < 200;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isMentionList = (value: unknown): value is PageMention[] =>
  Array.isArray(value) &&
  value.length <= 10_000 &&
  value.every((m) => isRecord(m) && isShortString(m.id) && isCount(m.count) && (m.marked === undefined || isCount(m.marked)));

/** Calls the content script of a tab answers (tabs.sendMessage). */
export const contentCalls = {
  'get-page-report': declare<object, PageReport>(),
  /**
   * The keyboard shortcut, in one frame: open the card of its first marked name, or of the one after the open card.
   * False when there is none (the background then tries the next frame).
   */
  'next-mention': declare<{ from: MentionCursor; url?: string }, boolean>((m) => (m.from === 'start' || m.from === 'current') && (m.url === undefined || typeof m.url === 'string')),
  /** "Show on page": scroll to the first marked mention of the entity, flash it, open its card. False when none is marked. */
  'show-mention': declare<{ id: string }, boolean>((m) => isShortString(m.id)),
  /** Only the frame with this URL answers; the top frame when there is none. */
  'get-scan-stats': declare<{ url?: string }, ScanStats | null>((m) => m.url === undefined || typeof m.url === 'string'),
  'get-card-state': declare<{ url?: string }, CardState | null>((m) => m.url === undefined || typeof m.url === 'string'),
  /** Every mark shown, registered or not (only those near the viewport are), for the tests. */
  'get-shown-marks': declare<{ url?: string }, ShownMark[]>((m) => m.url === undefined || typeof m.url === 'string'),
};

/** Calls the background answers (runtime.sendMessage). */
export const backgroundCalls = {
  /** Each frame reports the entities it marked; the badge and the popup count every frame's. */
  'report-mentions': declare<{ mentions: PageMention[] }, void>((m) => isMentionList(m.mentions)),
  /** The top frame asks for what the page's other frames reported. */
  'get-frame-mentions': declare<object, PageMention[]>(),
  'get-brief': declare<{ id: string }, CardBrief | null>((m) => isShortString(m.id)),
  /** Opens the full brief in a tab of its own. */
  'open-brief': declare<{ id: string }, void>((m) => isShortString(m.id)),
};

type CallsOf<Declared> = {
  [K in keyof Declared]: Declared[K] extends Call<infer Request, infer Response> ? { request: Request; response: Response } : never;
};
export type ContentCalls = CallsOf<typeof contentCalls>;
export type BackgroundCalls = CallsOf<typeof backgroundCalls>;

export type MessageOf<Calls> = { [K in keyof Calls & string]: { type: K } & RequestOf<Calls, K> }[keyof Calls & string];
export type RequestOf<Calls, K extends keyof Calls> = Calls[K] extends { request: infer R } ? R : never;
export type ResponseOf<Calls, K extends keyof Calls> = Calls[K] extends { response: infer R } ? R : never;

export type ContentMessage = MessageOf<ContentCalls>;
export type BackgroundMessage = MessageOf<BackgroundCalls>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function guardOf<Declared extends Record<string, Call<object, unknown>>>(declared: Declared) {
  return (value: unknown): value is MessageOf<CallsOf<Declared>> =>
    isRecord(value) && typeof value.type === 'string' && Object.hasOwn(declared, value.type) && declared[value.type]!.check(value);
}
export const isContentMessage = guardOf(contentCalls);
export const isBackgroundMessage = guardOf(backgroundCalls);

/** For the default branch of a switch over messages: a call left out fails the type check. */
export function unhandled(message: never): undefined {
  void message;
  return undefined;
}

export function isPageReport(value: unknown): value is PageReport {
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    typeof value.title === 'string' &&
    isMentionList(value.mentions) &&
    (value.relevance === undefined || isRelevance(value.relevance)) &&
    (value.published === undefined || (typeof value.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.published))) &&
    (value.language === undefined || isLanguageCode(value.language))
  );
}

/** A primary language subtag: two or three lower-case letters. */
export const isLanguageCode = (value: unknown): value is string => typeof value === 'string' && /^[a-z]{2,3}$/.test(value);

function isRelevance(value: unknown): boolean {
  return (
    isRecord(value) &&
    isShortString(value.storyId) &&
    Number.isFinite(value.score) &&
    Array.isArray(value.reasons) &&
    value.reasons.length <= 20 &&
    value.reasons.every((reason) => typeof reason === 'string' && reason.length < 1000)
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
