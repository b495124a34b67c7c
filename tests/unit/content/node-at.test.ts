import { describe, expect, it } from 'vitest';
import { nodeAt, type TextBlock } from '../../../src/content/text-blocks.ts';

const block = (...data: string[]): TextBlock => {
  let at = 0;
  const starts = data.map((d) => ((at += d.length), at - d.length));
  return { nodes: data.map((d) => ({ data: d }) as Text), starts };
};

describe('nodeAt', () => {
  it('finds the node holding an offset, past empty nodes at the same start', () => {
    const b = block('Rozmowa z ', '', 'Putinem', ' w Moskwie');
    expect([0, 9, 10, 16, 17, 26].map((offset) => nodeAt(b, offset).data)).toEqual(['Rozmowa z ', 'Rozmowa z ', 'Putinem', 'Putinem', ' w Moskwie', ' w Moskwie']);
  });
});
