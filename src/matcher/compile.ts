// The build's side: the alias index compiled into the tables content.js embeds.
import { AliasFlag, type AliasIndex } from '../shared/alias-index.ts';
import { buildAutomaton } from './automaton.ts';
import { loadMatcher, type Matcher } from './load.ts';
import { isWordCodePoint, plainForm } from './normalise.ts';
import { createAlphabet, foldAlias, type BuildAlphabet } from './symbols.ts';
import { COMPANIONS, INFLECTION_SHIFT, noContexts, PERSON, PLACE, toTables, US_STATE, WORD_END, WORD_START, type BuildAlias, type MatcherTables } from './tables.ts';
import type { Patterns } from './trie.ts';

export function compileTables(index: AliasIndex, denseCells?: number): MatcherTables {
  const aliases: BuildAlias[] = [];
  const folded: number[] = [];
  const ends: number[] = [];
  const seen = new Uint8Array(0x10000);
  const contexts = index.contexts ?? noContexts;
  const states = new Set(contexts.usStates);
  for (const [text, entity, flags, companions = [], inflection] of index.aliases) {
    // A declining alias is its stem: the endings decide where the word ends (inflected.ts).
    const plain = plainForm((inflection?.[0] ?? text).trim());
    const from = folded.length;
    if (!foldAlias(plain, folded, seen)) continue;
    ends.push(folded.length);
    const kind = flags & AliasFlag.NotAMention ? undefined : index.entities[entity]?.[1];
    let info = flags;
    if (isWordCodePoint(plain.codePointAt(0)!)) info |= WORD_START;
    if (inflection) info |= (inflection[1] + 1) << INFLECTION_SHIFT;
    else if (isWordCodePoint(lastCodePoint(plain))) info |= WORD_END;
    if (kind === 'place') info |= PLACE | (states.has(plain) ? US_STATE : 0);
    if (kind === 'person') info |= PERSON;
    if (companions.length > 0) info |= COMPANIONS;
    aliases.push({ plain, folded: String.fromCharCode(...folded.slice(from)), entity, info, companions });
  }
  const alphabet = createAlphabet(seen);
  const automaton = buildAutomaton(alphabet, toPatterns(alphabet, folded, ends), denseCells);
  // After a comma, a state that is also a place of ours lists places: "Moscow, Washington and Kyiv".
  const places = new Set(aliases.filter((a) => a.info & PLACE).map((a) => a.plain));
  return toTables(automaton, aliases, index.givenNames, { ...contexts, usStates: contexts.usStates.filter((s) => !places.has(s)) }, index.inflections);
}

/** For tests and tools; content.js loads the build's tables instead. */
export function compileMatcher(index: AliasIndex): Matcher {
  return loadMatcher(compileTables(index));
}

/** Folded units to symbols; a pattern starting with a letter starts at the boundary symbol. */
function toPatterns(alphabet: BuildAlphabet, folded: number[], ends: number[]): Patterns {
  const symbols = new Uint16Array(folded.length + ends.length);
  const offsets = new Int32Array(ends.length + 1);
  let at = 0;
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    if (alphabet.folded[folded[from]!]! < alphabet.firstNonWord) symbols[at++] = alphabet.boundary;
    for (let j = from; j < end; j++) symbols[at++] = alphabet.folded[folded[j]!]!;
    offsets[i + 1] = at;
    from = end;
  }
  return { symbols: symbols.subarray(0, at), offsets };
}

function lastCodePoint(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xdc00 && last <= 0xdfff && text.length > 1 ? text.codePointAt(text.length - 2)! : last;
}
