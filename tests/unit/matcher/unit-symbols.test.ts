// The units' symbols the build ships for the common scripts (symbols.ts: shippedUnits) are those the scan works out
// on a page without them, and the scan finds the same mentions either way.
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { compileMatcher, findMentions, loadMatcher, serialize } from '../../../src/matcher/index.ts';
import { loadAlphabet, shippedUnits, SKIP, unitSymbol } from '../../../src/matcher/symbols.ts';

const tables = serialize(compileMatcher(compileSeeds(readSeeds('seeds')).aliasIndex));
const shippedCodes = shippedUnits.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i));

describe('the shipped unit symbols', () => {
  it('cover every unit of shippedUnits, one each', () => {
    expect(tables.unitSymbols).toHaveLength(shippedCodes.length);
  });

  it('are those worked out from the folding, unit by unit, the skipped ones included', () => {
    const shipped = loadAlphabet(tables.letters, tables.others, tables.unitSymbols);
    const workedOut = loadAlphabet(tables.letters, tables.others);
    const differing = shippedCodes.filter((code) => shipped.units[code] === 0 || unitSymbol(shipped, code) !== unitSymbol(workedOut, code));
    expect(differing).toEqual([]);
    // The soft hyphen and the zero-width space are passed over: the one encoding that is not symbol + 1.
    expect([unitSymbol(shipped, 0xad), unitSymbol(shipped, 0x200b)]).toEqual([SKIP, SKIP]);
  });

  it('leave units past them to be worked out when met', () => {
    const shipped = loadAlphabet(tables.letters, tables.others, tables.unitSymbols);
    expect([shipped.units[0x0530], shipped.units[0x1fff], shipped.units[0x2070], shipped.units[0x4e00]]).toEqual([0, 0, 0, 0]);
  });

  it('give the same mentions as an alphabet without them', () => {
    const text = 'Zelensky’s aide — in Kyiv — said Putin and Witkoff met; Путин и Зеленский, Kyïv\u00ad, Pokrovsk…';
    const withShipped = findMentions(loadMatcher(tables), text);
    expect(withShipped.length).toBeGreaterThan(3);
    expect(withShipped).toEqual(findMentions(loadMatcher({ ...tables, unitSymbols: '' }), text));
  });
});
