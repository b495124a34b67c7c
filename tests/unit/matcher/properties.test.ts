import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { compileMatcher, findMentions, startBlock, type Matcher, type Mention } from '../../../src/matcher/index.ts';
import { makeIndex, PERSON } from './helpers.ts';

const seedIndex = compileSeeds(readSeeds('seeds')).aliasIndex;
const seedMatcher = compileMatcher(seedIndex);
const seedAliases = seedIndex.aliases.map(([text]) => text);

/** The block cut into parts at `splits`, `run` stopping where `stops` (cycled) says: all mentions. */
function scanSplit(m: Matcher, text: string, splits: number[], stops: boolean[]): Mention[] {
  const cuts = [...new Set(splits.map((s) => s % (text.length + 1)))].sort((a, b) => a - b);
  const parts = [0, ...cuts].map((from, i) => text.slice(from, [...cuts, text.length][i]));
  const scan = startBlock(m, parts);
  const mentions: Mention[] = [];
  let asked = 0;
  for (let runs = 0; !scan.done; runs++) {
    if (runs > text.length) throw new Error('the scan does not advance');
    mentions.push(...scan.run(() => stops[asked++ % stops.length]!));
  }
  return mentions;
}

const odd = ['\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '\ufffc', '\u0301', '\u0308', '\ud83d\ude00', '\ud800', '\udc00', '’s', '\u00a0', '\n', '\t', ' '];
const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const fragment = fc.oneof(fc.constantFrom(...seedAliases), fc.constantFrom(...odd), fc.string({ unit, maxLength: 4 }), fc.constantFrom(' ', ', ', 'the ', 'President '));
/** Random Unicode and seed names, repeated past many run cuts (every 1,024 units). */
const longText = fc.array(fragment, { minLength: 1, maxLength: 60 }).map((fragments) => {
  const base = fragments.join('');
  return base.length === 0 ? '' : base.repeat(Math.ceil(9000 / base.length));
});
const splits = fc.array(fc.nat(), { maxLength: 40 });
const stops = fc.array(fc.boolean(), { minLength: 1, maxLength: 8 });

describe('matcher properties', () => {
  it('finds every inserted alias at its exact offsets, whole or split in parts', () => {
    const aliases = ['Alpha', 'Beta', 'Beta Gamma', 'Beta Gamma Delta', 'Epsilon-Zeta', 'Zoë Kyïv', 'O’Neill', 'ДМИТРО'];
    const index = makeIndex(
      aliases.map((_, i): [string, typeof PERSON] => [`e${i}`, PERSON]),
      aliases.map((alias, i): [string, string] => [alias, `e${i}`]),
    );
    const matcher = compileMatcher(index);
    const filler = fc.stringMatching(/^[a-z]{1,8}$/);
    const separator = fc.constantFrom(' ', ', ', '. ', '\n', ' — ', '\u00a0', ' (', ') ');
    const piece = fc.tuple(fc.oneof(filler, fc.nat(aliases.length - 1)), separator);
    fc.assert(
      // The padding moves a run cut (the one at 4,096 units) among the names.
      fc.property(fc.nat(300), fc.array(piece, { maxLength: 80 }), splits, stops, (pad, pieces, cuts, stopAt) => {
        let text = 'x'.repeat(3900 + pad) + ' ';
        const expected: Mention[] = [];
        for (const [word, sep] of pieces) {
          if (typeof word === 'number') expected.push({ start: text.length, end: text.length + aliases[word]!.length, entity: word });
          text += (typeof word === 'number' ? aliases[word]! : word) + sep;
        }
        expect(findMentions(matcher, text)).toEqual(expected);
        expect(scanSplit(matcher, text, cuts, stopAt)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same mentions whatever the parts and wherever run is cut', () => {
    fc.assert(
      fc.property(longText, splits, stops, (text, cuts, stopAt) => {
        expect(scanSplit(seedMatcher, text, cuts, stopAt)).toEqual(findMentions(seedMatcher, text));
      }),
      { numRuns: 40 },
    );
  });

  it('never throws on random Unicode, and never returns overlapping or out-of-range mentions', () => {
    const text = fc.array(fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 80 }).map((f) => f.join(''));
    fc.assert(
      fc.property(text, splits, stops, (t, cuts, stopAt) => {
        const mentions = scanSplit(seedMatcher, t, cuts, stopAt);
        let free = 0;
        for (const { start, end, entity } of mentions) {
          expect(start).toBeGreaterThanOrEqual(free);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(t.length);
          expect(seedIndex.entities[entity]).toBeDefined();
          free = end;
        }
        expect(mentions).toEqual(findMentions(seedMatcher, t));
      }),
      { numRuns: 300 },
    );
  });
});
