import { describe, expect, it } from 'vitest';
import { dateOf, jsonLdDates, publicationDate } from '../../../src/shared/page-date.ts';

const none = { meta: [], jsonLd: [], times: [] };

describe('dateOf', () => {
  it.each([
    ['2017-06-12', '2017-06-12'],
    ['2017-06-12T10:00:00Z', '2017-06-12'],
    // The publisher's own day, not the UTC one: late evening in New York is the next day in UTC.
    ['2017-06-12T23:30:00-04:00', '2017-06-12'],
    ['2017-06-13T01:30:00+09:00', '2017-06-13'],
    ['2017-06-12 23:30:00', '2017-06-12'],
    ['20170612', '2017-06-12'],
    ['20170612T103000', '2017-06-12'],
    ['  2025-12-02T08:00:00.000Z ', '2025-12-02'],
    ['Mon, 12 Jun 2017 23:30:00 -0400', '2017-06-12'],
    ['June 12, 2017', '2017-06-12'],
    ['12 June 2017 11:45 PM EDT', '2017-06-12'],
  ])('reads %j as %s', (value, expected) => expect(dateOf(value)).toBe(expected));

  it.each(['', 'yesterday', '2017', 'June 2017', '2017-13-01', '2017-02-30', '0000-00-00', '1970-01-01T00:00:00Z', '2017-06', 'NaN-NaN-NaN', '12:30'])(
    'rejects %j',
    (value) => expect(dateOf(value)).toBeUndefined(),
  );

  it('takes 29 February only in a leap year', () => {
    expect(dateOf('2024-02-29')).toBe('2024-02-29');
    expect(dateOf('2023-02-29')).toBeUndefined();
  });
});

describe('jsonLdDates', () => {
  it('reads a NewsArticle, in an array, in a @graph', () => {
    expect(jsonLdDates('{"@type":"NewsArticle","datePublished":"2017-06-12T10:00:00Z"}')).toEqual(['2017-06-12T10:00:00Z']);
    expect(jsonLdDates('[{"@type":"Organization"},{"@type":"Article","datePublished":"2017-06-12"}]')).toEqual(['2017-06-12']);
    expect(jsonLdDates('{"@graph":[{"@type":"WebPage","datePublished":"2010-01-01"},{"@type":["NewsArticle"],"datePublished":"2017-06-12"}]}')).toEqual(['2017-06-12', '2010-01-01']);
  });

  it("puts a live blog's own date before its posts'", () => {
    const blog = { '@type': 'LiveBlogPosting', datePublished: '2025-12-02T06:00:00Z', liveBlogUpdate: [{ '@type': 'BlogPosting', datePublished: '2025-12-02T09:00:00Z' }] };
    expect(jsonLdDates(JSON.stringify(blog))[0]).toBe('2025-12-02T06:00:00Z');
  });

  it('survives what pages write: CDATA and comment wrappers, raw line breaks, @value, arrays', () => {
    expect(jsonLdDates('/*<![CDATA[*/{"@type":"Article","datePublished":"2017-06-12"}/*]]>*/')).toEqual(['2017-06-12']);
    expect(jsonLdDates('<!--{"@type":"Article","datePublished":"2017-06-12"}-->')).toEqual(['2017-06-12']);
    expect(jsonLdDates('{"@type":"Article","headline":"Two\nlines","datePublished":"2017-06-12"}')).toEqual(['2017-06-12']);
    expect(jsonLdDates('{"@type":"Article","datePublished":{"@value":"2017-06-12"}}')).toEqual(['2017-06-12']);
    expect(jsonLdDates('{"@type":"Article","datePublished":["2017-06-12"]}')).toEqual(['2017-06-12']);
  });

  it('gives nothing for broken JSON, other values or no date', () => {
    for (const text of ['{"@type":"Article","datePublished":', 'not json', '', 'null', '42', '{"@type":"Article","datePublished":20170612}', '{"@type":"Article"}']) {
      expect(jsonLdDates(text)).toEqual([]);
    }
  });

  it('stops at absurd nesting instead of overflowing', () => {
    let deep = '{"datePublished":"2017-06-12"}';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    expect(jsonLdDates(deep)).toEqual([]);
  });
});

describe('publicationDate', () => {
  it('trusts the meta tags first, then JSON-LD, then a <time> in the article header', () => {
    const sources = { meta: ['2017-06-12T10:00:00-04:00'], jsonLd: ['{"@type":"Article","datePublished":"2017-06-11"}'], times: ['2017-06-10'] };
    expect(publicationDate(sources)).toBe('2017-06-12');
    expect(publicationDate({ ...sources, meta: [] })).toBe('2017-06-11');
    expect(publicationDate({ ...sources, meta: [], jsonLd: [] })).toBe('2017-06-10');
  });

  it('passes over values it cannot read to the next one', () => {
    expect(publicationDate({ meta: ['', 'soon'], jsonLd: ['{broken', '{"@type":"Article","datePublished":"2017-02-30"}'], times: ['2017-06-10T08:00'] })).toBe('2017-06-10');
  });

  it('is undefined when the page states no date', () => {
    expect(publicationDate(none)).toBeUndefined();
    expect(publicationDate({ meta: ['tomorrow'], jsonLd: ['[]'], times: [''] })).toBeUndefined();
  });
});
