import { describe, expect, it } from 'vitest';
import { siteCovers, siteNameOf } from '../../../src/shared/site-names.ts';

describe('siteNameOf', () => {
  it.each([
    ['bbc.co.uk', 'bbc.co.uk'],
    ['  BBC.co.UK ', 'bbc.co.uk'],
    ['https://www.bbc.co.uk/news?id=1#top', 'www.bbc.co.uk'],
    ['www.example.com:8080/path', 'www.example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('reads %j as %j', (typed, name) => expect(siteNameOf(typed)).toBe(name));

  it.each(['', '   ', 'not a site', 'exa mple.com', 'a..b', '-bad.com', 'http://', 'ex_ample.com'])('rejects %j', (typed) => {
    expect(siteNameOf(typed)).toBeUndefined();
  });
});

describe('siteCovers', () => {
  it('covers the site and its subdomains only', () => {
    expect(siteCovers('example.com', 'example.com')).toBe(true);
    expect(siteCovers('example.com', 'a.b.example.com')).toBe(true);
    expect(siteCovers('example.com', 'badexample.com')).toBe(false);
    expect(siteCovers('www.example.com', 'example.com')).toBe(false);
  });
});
