// Jumping over text where no alias can start gives exactly the mentions of a scan that reads every unit:
// on the seeds' names in every form the rules accept or nearly do, phrases that are never a mention,
// declined names, random Unicode, split in text nodes anywhere and cut into runs anywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { compileTables, loadMatcher, startBlock, type Matcher, type Mention } from '../../../src/matcher/index.ts';
import { AliasFlag } from '../../../src/shared/alias-index.ts';

const seedIndex = compileSeeds(readSeeds('seeds')).aliasIndex;
const tables = compileTables(seedIndex);
const jumping = loadMatcher(tables);
/** A pattern of starts that matches everywhere: the scan never jumps. */
const stepping = loadMatcher({ ...tables, starts: '(?:)' });

const names = seedIndex.aliases.map(([text]) => text);
const nonMentions = seedIndex.aliases.filter(([, , flags]) => flags & AliasFlag.NotAMention).map(([text]) => text);
const forms = (alias: string) => [alias, alias.toUpperCase(), alias.toLowerCase(), alias.charAt(0).toUpperCase() + alias.slice(1), alias.replace(/ /g, '  '), alias.replace(/'/g, '\u2019')];
const glue = ['', ' ', ', ', '. ', ' and ', '(', '“', '’s ', 'x', '-', '_', '4', '\u00a0', '\n', 'ем ', 'owi ', 'é', '\u00ad', '\u200b', '\u0301', 'President ', 'the '];
const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...names.flatMap(forms)) },
  { weight: 1, arbitrary: fc.constantFrom(...(nonMentions.length > 0 ? nonMentions : names)) },
  { weight: 4, arbitrary: fc.constantFrom(...glue) },
  { weight: 1, arbitrary: fc.string({ unit, maxLength: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz PKZ'), maxLength: 12 }) },
);

function mentions(m: Matcher, parts: string[], stops: boolean[], language: string): Mention[] {
  const scan = startBlock(m, parts, () => language);
  const out: Mention[] = [];
  let asked = 0;
  for (let runs = 0; !scan.done; runs++) {
    if (runs > 100_000) throw new Error('the scan does not advance');
    out.push(...scan.run(() => stops[asked++ % stops.length]!));
  }
  return out;
}

function split(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => text.slice(from, [...at, text.length][i]));
}

describe('jumping to where an alias can start', () => {
  it('finds the same mentions as reading every unit, whole or split, in runs cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('', 'en', 'pl', 'ru', 'uk'),
        (fragments, cuts, stops, language) => {
          const parts = split(fragments.join(''), cuts);
          expect(mentions(jumping, parts, stops, language)).toEqual(mentions(stepping, parts, [false], language));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('finds the same mentions in long prose, where most of the text is jumped over', () => {
    const prose = 'Officials said on Tuesday that the talks would resume. Diplomats confirmed the delegation had left for now. ';
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(prose), fragment), { minLength: 1, maxLength: 80 }), fc.array(fc.nat(), { maxLength: 4 }), (fragments, cuts) => {
        const parts = split(fragments.join(''), cuts);
        expect(mentions(jumping, parts, [true, false, false], 'en')).toEqual(mentions(stepping, parts, [false], 'en'));
      }),
      { numRuns: 500 },
    );
  });
});
