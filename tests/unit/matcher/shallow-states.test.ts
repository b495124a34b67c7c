import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { failOutOf, parentOf } from '../../../src/matcher/fail-links.ts';
import { compileMatcher, findMentions, loadMatcher, serialize } from '../../../src/matcher/index.ts';
import { firstChildOf } from '../../../src/matcher/load.ts';
import { pack, packedLength } from '../../../src/matcher/packed.ts';
import { SHALLOW_STATES } from '../../../src/matcher/tables.ts';

const index = compileSeeds(readSeeds('seeds')).aliasIndex;
const tables = serialize(compileMatcher(index));
const states = packedLength(tables.symbol);
/** The same tables less the shallow states' links, parents and first children: every one worked out at scan time. */
const derivingAll = () => loadMatcher({ ...tables, shallowFailOut: pack([]), shallowParent: pack([]), shallowFirstChild: pack([]) });
const linksOf = (m: ReturnType<typeof loadMatcher>, state: number) => [parentOf(m, state), failOutOf(m, state), firstChildOf(m, state)];

describe("the shallow states' failure links, parents and first children", () => {
  it('are shipped for the first SHALLOW_STATES states, and the seed has deeper ones too', () => {
    expect(states).toBeGreaterThan(SHALLOW_STATES);
    expect(packedLength(tables.shallowFailOut)).toBe(SHALLOW_STATES);
    expect(packedLength(tables.shallowParent)).toBe(SHALLOW_STATES);
    expect(packedLength(tables.shallowFirstChild)).toBe(SHALLOW_STATES + 1);
  });

  it('are those worked out from the child counts, state by state', () => {
    const shipped = loadMatcher(tables);
    const derived = derivingAll();
    for (let state = 1; state < states; state++) {
      expect(linksOf(shipped, state), `state ${state}`).toEqual(linksOf(derived, state));
    }
  });

  it('give the same mentions as tables without them', () => {
    const text = index.aliases.map(([alias], i) => `${i % 3 ? 'President' : 'the'} ${alias}, `).join('');
    const found = findMentions(loadMatcher(tables), text);
    expect(found.length).toBeGreaterThan(index.aliases.length / 2);
    expect(found).toEqual(findMentions(derivingAll(), text));
  });
});
