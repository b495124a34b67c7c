// The build's side: the alias index compiled into the tables content.js embeds.
import { type AliasIndex } from '../shared/alias-index.ts';
import { buildAutomaton } from './automaton.ts';
import { loadMatcher, type Matcher } from './load.ts';
import { isWordCodePoint, plainForm } from './normalise.ts';
import { createAlphabet, foldAlias, type BuildAlphabet } from './symbols.ts';
import { toTables, WORD_END, WORD_START, type BuildAlias, type MatcherTables } from './tables.ts';
import type { Patterns } from './trie.ts';

export function compileTables(index: AliasIndex, denseCells?: number): MatcherTables {
  const aliases: BuildAlias[] = [];
  const folded: number[] = [];
  const ends: number[] = [];
  const seen = new Uint8Array(0x10000);
  for (const [text, entity, flags] of index.aliases) {
    const plain = plainForm(text.trim());
    const from = folded.length;
    if (!foldAlias(plain, folded, seen)) continue;
    ends.push(folded.length);
    const wordStart = isWordCodePoint(plain.codePointAt(0)!) ? WORD_START : 0;
    const wordEnd = isWordCodePoint(lastCodePoint(plain)) ? WORD_END : 0;
    aliases.push({ plain, entity, info: flags | wordStart | wordEnd, symbols: folded.length - from });
  }
  const alphabet = createAlphabet(seen);
  const automaton = buildAutomaton(alphabet, toPatterns(alphabet, folded, ends), denseCells);
  return toTables(automaton, aliases, index.givenNames);
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
