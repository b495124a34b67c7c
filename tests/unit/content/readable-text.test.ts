// @vitest-environment happy-dom
// Whether a frame has any text Backstory would read yet: until it has, the content script only waits.
import { afterEach, describe, expect, it } from 'vitest';
import { hasReadableText } from '../../../src/content/text-blocks.ts';

describe('hasReadableText', () => {
  afterEach(() => document.body.replaceChildren());

  it('is false for an empty body, white space, and text Backstory never reads', () => {
    expect(hasReadableText(document)).toBe(false);
    document.body.innerHTML = '\n  <script>var ad = "Putin";</script><style>p{}</style><div hidden>Kyiv</div>  ';
    expect(hasReadableText(document)).toBe(false);
  });

  it('is true for any text, however deep, and for an empty body with a shadow root', () => {
    document.body.innerHTML = '<div><span> x </span></div>';
    expect(hasReadableText(document)).toBe(true);
    document.body.replaceChildren();
    document.body.attachShadow({ mode: 'open' });
    expect(hasReadableText(document)).toBe(true);
  });
});
