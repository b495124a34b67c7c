import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { positionsGrid, sentenceCase, timelineScale, yearOf } from '../../../src/ui/story-layout.ts';

const story = compileSeeds(readSeeds('seeds')).bundle.stories[0]!;

describe('positionsGrid', () => {
  it('has each party and each question once, in the order the story gives them', () => {
    const grid = positionsGrid(story);
    expect(grid.parties.map((p) => p.id)).toEqual(['russia', 'ukraine', 'united-states', 'europe']);
    expect(grid.parties[0]!.name).toBe('Russia');
    expect(grid.questions).toEqual(['territory', 'security guarantees', 'NATO', 'who takes part in talks']);
  });
  it('finds each cell, and none where the story is silent', () => {
    const grid = positionsGrid(story);
    expect(grid.cell('ukraine', 'NATO')?.text).toBe(story.positions.find((p) => p.party === 'ukraine' && p.question === 'NATO')!.text);
    expect(grid.cell('united-states', 'security guarantees')).toBeUndefined();
  });
});

describe('timelineScale', () => {
  it('marks every year from the first event to the last, empty years too', () => {
    const scale = timelineScale(story.timeline);
    expect(scale.years.map((y) => y.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(scale.years.find((y) => y.year === 2018)!.events).toEqual([]);
    expect(scale.years.find((y) => y.year === 2014)!.events).toHaveLength(4);
    expect(scale.years.flatMap((y) => y.events)).toHaveLength(story.timeline.length);
  });
  it('places dates on a 0-1 scale in order', () => {
    const scale = timelineScale(story.timeline);
    expect(scale.at('2014-01-01')).toBe(0);
    expect(scale.at('2020-01-01')).toBeCloseTo(0.5);
    expect(scale.at('2025-12-02')).toBeGreaterThan(0.99);
    expect(scale.at('2025-12-02')).toBeLessThan(1);
    expect(scale.years[6]!.at).toBeCloseTo(0.5);
  });
  it('copes with no events', () => expect(timelineScale([]).years).toEqual([]));
  it('reads partial dates', () => {
    expect(yearOf('2024')).toBe(2024);
    expect(yearOf('2024-07')).toBeCloseTo(2024.5);
  });
});

describe('sentenceCase', () => {
  it('capitalises the first letter only', () => {
    expect(sentenceCase('who takes part in talks')).toBe('Who takes part in talks');
    expect(sentenceCase('NATO')).toBe('NATO');
    expect(sentenceCase('')).toBe('');
  });
});
