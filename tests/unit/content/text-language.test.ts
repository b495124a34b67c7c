// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { languageOf } from '../../../src/content/text-language.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

describe('languageOf', () => {
  it('reads the closest lang, as a lower-case primary subtag, else the document’s', () => {
    document.documentElement.lang = 'pl-PL';
    document.body.innerHTML = '<p id="pl">Putina <q lang="EN-gb"><b id="en">Putinism</b></q></p><p lang="" id="none">x</p>';
    expect(languageOf(document.getElementById('pl'))).toBe('pl');
    expect(languageOf(document.getElementById('en'))).toBe('en');
    expect(languageOf(document.getElementById('none'))).toBe('');
  });

  it('is empty with no lang anywhere, and crosses a shadow root to its host', () => {
    document.body.innerHTML = '<p id="plain">x</p><div lang="ru" id="host"></div>';
    expect(languageOf(document.getElementById('plain'))).toBe('');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(languageOf(inner)).toBe('ru');
  });
});
