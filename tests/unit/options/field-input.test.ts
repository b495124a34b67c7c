import { describe, expect, it } from 'vitest';
import { checkDelay, checkSite } from '../../../src/options/field-input.ts';

describe('checkDelay', () => {
  it.each([['0', 0], ['300', 300], [' 2000 ', 2000]])('accepts %j as %d ms', (typed, value) => {
    expect(checkDelay(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'The delay is empty.'],
    ['   ', 'The delay is empty.'],
    ['abc', '“abc” is not a whole number.'],
    ['1.5', '“1.5” is not a whole number.'],
    ['-5', '“-5” is not a whole number.'],
    ['2001', '2001 is out of range.'],
  ])('rejects %j with a message, never as 0', (typed, start) => {
    const checked = checkDelay(typed);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toBe(`${start} Type a delay from 0 to 2,000 milliseconds.`);
  });
});

describe('checkSite', () => {
  it('gives the site name of what was typed', () => {
    expect(checkSite(' https://News.Example.com/today ', [])).toEqual({ ok: true, value: 'news.example.com' });
  });

  it('rejects an empty field, a non-name and a site already listed', () => {
    expect(checkSite('', [])).toEqual({ ok: false, message: 'Type a site name, such as example.com.' });
    expect(checkSite('not a site', [])).toEqual({ ok: false, message: '“not a site” is not a site name. Type one such as example.com.' });
    expect(checkSite('EXAMPLE.com', ['example.com'])).toEqual({ ok: false, message: 'example.com is already listed.' });
  });
});
