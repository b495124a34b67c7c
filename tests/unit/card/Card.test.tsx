// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../src/content/card/Card.tsx';
import type { Brief } from '../../../src/shared/briefs.ts';

const brief: Brief = {
  id: 'ada',
  name: 'Ada Lovelace',
  kind: 'person',
  aliases: ['Ada', 'Lovelace'],
  nativeNames: [],
  summary: 'Mathematician who wrote the first published program.',
  facts: ['Born 1815 in London', 'Worked with Charles Babbage', 'Died 1852', 'A fourth fact'],
  asOf: '2025-12-02',
  inStories: [
    {
      storyId: 'engines',
      statements: [
        { text: 'Her notes are quoted.', paragraphs: [1] },
        { text: 'A museum opens.', paragraphs: [2] },
        { text: 'A third statement.', paragraphs: [3] },
      ],
    },
  ],
  quotes: [
    { text: 'That brain of mine is more than merely mortal.', speaker: 'ada', speakerName: 'Ada Lovelace', storyId: 'engines', paragraphs: [4], caveat: 'From a private letter.' },
  ],
  related: [],
  claims: [{ by: 'museum', byName: 'The Museum', text: 'She wrote the first program.', paragraphs: [5] }],
  notes: [],
};

const plain: Brief = { ...brief, quotes: [], claims: [], inStories: [] };

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function renderCard(props: Partial<CardProps> = {}) {
  const handlers = { onOpenFull: vi.fn(), onClose: vi.fn() };
  render(<Card brief={brief} loading={false} labelledById="card-name" {...handlers} {...props} />, root);
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
  return { ...handlers, dialog, text: dialog.textContent ?? '' };
}

describe('Card', () => {
  it('is a dialog labelled by the name and described by the summary', () => {
    const { dialog } = renderCard();
    expect(dialog.getAttribute('aria-labelledby')).toBe('card-name');
    expect(root.querySelector('#card-name')?.textContent).toBe('Ada Lovelace');
    const summary = root.querySelector(`#${dialog.getAttribute('aria-describedby')}`);
    expect(summary?.textContent).toBe(brief.summary);
    expect(dialog.tabIndex).toBe(-1);
  });

  it('shows the kind, the first three facts and the date the facts are from', () => {
    const { text } = renderCard();
    expect(root.querySelector('.kind')?.textContent).toBe('Person');
    const facts = [...root.querySelectorAll('.facts li')].map((li) => li.textContent);
    expect(facts).toEqual(brief.facts.slice(0, 3));
    expect(text).toContain('Facts as of 2 Dec 2025');
  });

  it('shows the first two statements of the story, the first quote with its caveat, and contested claims', () => {
    const { text } = renderCard({ storyTitle: 'Engines of thought' });
    expect(text).toContain('In this story');
    expect(text).toContain('Engines of thought');
    const statements = [...root.querySelectorAll('.story li')].map((li) => li.textContent);
    expect(statements).toEqual(['Her notes are quoted.', 'A museum opens.']);
    expect(root.querySelector('blockquote')?.textContent).toBe(brief.quotes[0]!.text);
    expect(root.querySelector('figcaption')?.textContent).toContain('Ada Lovelace');
    expect(root.querySelector('.caveat')?.textContent).toBe('From a private letter.');
    expect(root.querySelector('.claims')?.textContent).toContain('The Museum');
    expect(root.querySelector('.claims')?.textContent).toContain('She wrote the first program.');
  });

  it('leaves out the story, quote and claims sections when the brief has none', () => {
    const { text } = renderCard({ brief: plain });
    expect(text).toContain('Ada Lovelace');
    expect(text).not.toContain('In this story');
    expect(root.querySelector('.quote')).toBeNull();
    expect(root.querySelector('.claims')).toBeNull();
    expect(root.querySelector('.caveat')).toBeNull();
  });

  it('ignores synthetic clicks: a page cannot press "Full brief" or Close (real clicks: e2e)', () => {
    const { onOpenFull, onClose } = renderCard();
    const buttons = [...root.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Full brief')!.click();
    root.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(onOpenFull).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says it is loading while the brief is on its way', () => {
    const { text, dialog } = renderCard({ brief: null, loading: true });
    expect(text).toContain('Loading…');
    expect(text).not.toContain('No brief found');
    expect(root.querySelector('#card-name')).not.toBeNull();
    expect(root.querySelector(`#${dialog.getAttribute('aria-describedby')}`)?.textContent).toBe('Loading…');
    expect(root.querySelector('button[aria-label="Close"]')).not.toBeNull();
  });

  it('says so when there is no brief', () => {
    const { text } = renderCard({ brief: null });
    expect(text).toContain('No brief found');
    expect(text).not.toContain('Full brief');
  });
});
