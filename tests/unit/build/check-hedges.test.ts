import { describe, expect, it } from 'vitest';
import { hedgeProblems } from '../../../src/build/check-hedges.ts';

const problems = (text: string) => hedgeProblems('seeds/entities/places.json', 'luhansk', [{ field: 'summary', text, paragraphs: [] }]);

describe('hedgeProblems', () => {
  it.each([
    'The first US draft would have had Washington treat it as Russian.',
    'Europe dropped the clause under which the US would accept Donetsk and Luhansk as Russian.',
    'The plan foresaw US recognition of it as Russian territory.',
    'On 1 December it posted a video of troops hoisting the Russian flag.',
    'The Defence Ministry followed with a flag-raising video.',
    'Kyiv said the filmed flag-raising was aimed at the talks.',
    // The hedge has to sit in the clause it hedges, not in another one.
    'It is de facto a ruin; the draft would have the US accept it as Russian.',
  ])('flags "%s"', (text) => {
    expect(problems(text)).toEqual([expect.objectContaining({ file: 'seeds/entities/places.json', entry: 'luhansk', field: 'summary' })]);
  });

  it.each([
    'The first US draft would have had Washington recognise it as Russian de facto.',
    'Its first draft had it accepting Donetsk and Luhansk as Russian in practice.',
    'It had the US accepting Russian control as a fact on the ground.',
    "Putin called Europe's proposals unacceptable.",
    'A referendum held under Russian military control is not recognised by most states.',
    'It put out a video said to show its troops raising a flag.',
    'Russia offers a flag-raising video as proof.',
    "Shared a video purporting to show flags in the city.",
    'Dismisses the footage as propaganda.',
  ])('lets "%s" pass', (text) => {
    expect(problems(text)).toEqual([]);
  });

  it('names each rule a text breaks', () => {
    const reasons = problems('The US would accept it as Russian; a video of flags went round.').map((p) => p.reason);
    expect(reasons).toEqual([expect.stringContaining('de facto'), expect.stringContaining('purporting')]);
  });
});
