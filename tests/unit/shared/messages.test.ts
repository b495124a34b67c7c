import { describe, expect, it } from 'vitest';
import { call, isBackgroundMessage, isContentMessage, isPageReport } from '../../../src/shared/messages.ts';

describe('message guards', () => {
  it('accepts the content calls and nothing else', () => {
    expect(isContentMessage({ type: 'get-page-report' })).toBe(true);
    expect(isContentMessage({ type: 'next-mention', from: 'start' })).toBe(true);
    expect(isContentMessage({ type: 'next-mention', from: 'current', url: 'http://127.0.0.1/frame.html' })).toBe(true);
    for (const bad of [{ type: 'next-mention' }, { type: 'next-mention', from: 'end' }, { type: 'next-mention', from: 'start', url: 1 }]) expect(isContentMessage(bad), JSON.stringify(bad)).toBe(false);
    expect(isContentMessage({ type: 'get-shown-marks' })).toBe(true);
    expect(isContentMessage({ type: 'get-shown-marks', url: ['x'] })).toBe(false);
    expect(isContentMessage({ type: 'get-scan-stats', url: 'http://127.0.0.1/' })).toBe(true);
    expect(isContentMessage({ type: 'get-scan-stats', url: 42 })).toBe(false);
    expect(isContentMessage({ type: 'hasOwnProperty' })).toBe(false);
    for (const bad of [null, undefined, 'get-page-report', {}, { type: 'get-brief', id: 'x' }, { type: 'eval' }]) expect(isContentMessage(bad)).toBe(false);
    expect(isContentMessage({ type: 'show-mention', id: 'putin' })).toBe(true);
    for (const bad of [{ type: 'show-mention' }, { type: 'show-mention', id: '' }, { type: 'show-mention', id: 7 }]) expect(isContentMessage(bad), JSON.stringify(bad)).toBe(false);
  });

  it('checks the fields of background calls', () => {
    expect(isBackgroundMessage({ type: 'report-mentions', mentions: [{ id: 'putin', count: 3 }] })).toBe(true);
    expect(isBackgroundMessage({ type: 'get-frame-mentions' })).toBe(true);
    expect(isBackgroundMessage({ type: 'get-brief', id: 'putin' })).toBe(true);
    expect(isBackgroundMessage({ type: 'open-brief', id: 'putin' })).toBe(true);
    for (const bad of [
      { type: 'report-mentions', mentions: [{ id: 'putin', count: -1 }] },
      { type: 'report-mentions', mentions: [{ id: 'putin', count: 1.5 }] },
      { type: 'report-mentions', mentions: 'putin' },
      { type: 'report-mentions' },
      { type: 'toString' },
      { type: 'constructor' },
      { type: '__proto__' },
      { type: 'get-brief', id: '' },
      { type: 'get-brief', id: 'x'.repeat(500) },
      { type: 'get-brief', id: 42 },
      { type: 'set-badge' },
      [],
    ]) expect(isBackgroundMessage(bad), JSON.stringify(bad)).toBe(false);
  });

  it('checks a page report before the popup uses it', () => {
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [{ id: 'putin', count: 2 }] })).toBe(true);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [{ id: 'putin' }] })).toBe(false);
    expect(isPageReport({ host: 'a.example', mentions: [] })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [{ id: 'putin', count: 2, marked: 1 }], relevance: { storyId: 's', score: 0.8, reasons: ['title names Witkoff'] } })).toBe(true);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], published: '2017-06-12' })).toBe(true);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], published: '12 June 2017' })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], relevance: { storyId: 's', score: 0.8 } })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], relevance: { storyId: 's', score: 0.8, reasons: [7] } })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [{ id: 'putin', count: 2, marked: -1 }] })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [{ id: 'putin', count: -2 }] })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], relevance: { storyId: 's' } })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], relevance: 'moscow' })).toBe(false);
    expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], language: 'pl' })).toBe(true);
    for (const language of ['', 'pl-PL', 'PL', 'p', 'polish', 7]) expect(isPageReport({ host: 'a.example', title: 'T', mentions: [], language })).toBe(false);
  });

  it('sends a typed call through the given function and returns its answer', async () => {
    const sent: unknown[] = [];
    const answer = await call<{ ping: { request: { n: number }; response: number } }, 'ping'>(async (m) => (sent.push(m), 7), { type: 'ping', n: 1 });
    expect(sent).toEqual([{ type: 'ping', n: 1 }]);
    expect(answer).toBe(7);
  });
});
