// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../src/content/card/Card.tsx';
import type { Brief } from '../../../src/shared/briefs.ts';
import type { PageContext } from '../../../src/shared/page-context.ts';

const brief: Brief = {
  id: 'ada',
  name: 'Ada Lovelace',
  kind: 'person',
  aliases: ['Ada', 'Lovelace'],
  localNames: [],
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
  claims: [{ by: 'museum', byName: 'The Museum', text: 'She wrote the first program.', date: '2025-11-30', paragraphs: [5] }],
  notes: [{ date: '2026', text: 'A later note.' }],
};
const stories = [{ id: 'engines', title: 'Engines of thought', date: '2025-12-02' }];
const onTopic: PageContext = { relevance: { storyId: 'engines', score: 0.9, reasons: [] } };

const plain: Brief = { ...brief, quotes: [], claims: [], inStories: [], notes: [] };

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
  render(<Card brief={{ brief, stories }} loading={false} page={{}} labelledById="card-name" {...handlers} {...props} />, root);
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

  it('shows the kind and the date the facts are from, and a short body between header and footer', () => {
    const { dialog, text } = renderCard();
    expect(root.querySelector('.kind')?.textContent).toBe('Person');
    expect(text).toContain('Facts as of 2 Dec 2025');
    expect([...dialog.children].map((child) => child.className)).toEqual(['head', 'body', 'foot']);
  });

  it('titles the story section with the story and its date on a page about it, claims first', () => {
    renderCard({ page: onTopic });
    expect(root.querySelector('.story h3')?.textContent).toBe('Engines of thought · 2 Dec 2025');
    expect(root.querySelector('.story .claims')?.textContent).toBe('30 Nov · The Museum: She wrote the first program.');
    expect(root.querySelector('.statements li')?.textContent).toBe('Her notes are quoted.');
    expect(root.querySelector('.note')?.textContent).toBe('2026: A later note.');
    expect(root.querySelector('.also-in')).toBeNull();
  });

  it('says only where the brief is from on any other page, with the page date when the page is older', () => {
    const { text } = renderCard({ page: { published: '2017-06-12' } });
    expect(root.querySelector('.story')).toBeNull();
    expect(text).not.toContain('Her notes are quoted.');
    expect(root.querySelector('.also-in')?.textContent).toBe('Also in: Engines of thought, 2 Dec 2025');
    expect(root.querySelector('.age')?.textContent).toBe('This page is from 12 Jun 2017; this brief is as of 2 Dec 2025');
    expect(root.querySelector('.facts li')?.textContent).toBe(brief.facts[0]);
  });

  it('says the brief is in English where the name is in a text in another language, naming it', () => {
    renderCard({ language: 'pl' });
    expect(root.querySelector('.language')?.textContent).toBe('This brief is in English; the page is in Polish');
    renderCard({ language: 'uk' });
    expect(root.querySelector('.language')?.textContent).toBe('This brief is in English; the page is in Ukrainian');
  });

  it('says nothing of the language on English text, text with no language, or a code no language has', () => {
    for (const language of ['en', '', undefined, 'qq', 'zxx']) {
      renderCard({ language });
      expect(root.querySelector('.language'), String(language)).toBeNull();
    }
    renderCard({ brief: null, language: 'pl' });
    expect(root.querySelector('.language')).toBeNull();
  });

  it('counts the claims left for the full brief, in whole words', () => {
    const claim = brief.claims[0]!;
    const withClaims = (count: number) => ({ ...brief, claims: Array.from({ length: count }, (_, i) => ({ ...claim, text: `Claim ${i}.` })) });
    renderCard({ brief: { brief: withClaims(3), stories } });
    expect(root.querySelector('.claims .more')?.textContent).toBe('1 more claim in the full brief');
    renderCard({ brief: { brief: withClaims(5), stories } });
    expect(root.querySelector('.claims .more')?.textContent).toBe('3 more claims in the full brief');
  });

  it('keeps the date of a story line out of the part that gives way, and the whole line on hover', () => {
    renderCard({ page: onTopic });
    expect(root.querySelector('.story h3 .title')?.textContent).toBe('Engines of thought');
    expect(root.querySelector('.story h3 .when')?.textContent).toBe(' · 2 Dec 2025');
    expect(root.querySelector('.story h3 .title')?.getAttribute('title')).toBe('Engines of thought · 2 Dec 2025');
    renderCard({ page: {} });
    expect(root.querySelector('.also-in .title')?.textContent).toBe('Also in: Engines of thought');
    expect(root.querySelector('.also-in .when')?.textContent).toBe(', 2 Dec 2025');
  });

  it('leaves out the story, claims and note when the brief has none', () => {
    const { text } = renderCard({ brief: { brief: plain, stories: [] } });
    expect(text).toContain('Ada Lovelace');
    expect(root.querySelector('.story')).toBeNull();
    expect(root.querySelector('.claims')).toBeNull();
    expect(root.querySelector('.note')).toBeNull();
    expect(root.querySelector('.also-in')).toBeNull();
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
