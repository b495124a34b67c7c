import { AliasFlag, type AliasIndex } from '../shared/alias-index.ts';
import { buildAutomaton, type Automaton } from './automaton.ts';
import { isWordCodePoint, plainForm, stripMarks } from './normalise.ts';
import { createAlphabet, foldAlias, type Alphabet } from './symbols.ts';
import { createGivenNames, type GivenNames } from './surname.ts';
import type { Patterns } from './trie.ts';

export interface CompiledAlias {
  entity: number;
  flags: number;
  /** Length in automaton symbols. */
  length: number;
  /** The forms the raw text may take, after plainForm (and stripMarks with FoldDiacritics). */
  asWritten: string;
  allCaps: string;
  /** Whether the alias starts / ends with a letter or digit, and so needs a word boundary there. */
  wordStart: boolean;
  wordEnd: boolean;
}

/** A compiled index. Opaque to callers: build it once with compileMatcher and reuse it. */
export interface Matcher {
  automaton: Automaton;
  /** By automaton pattern index. */
  aliases: CompiledAlias[];
  givenNames: GivenNames;
}

export function compileMatcher(index: AliasIndex): Matcher {
  const aliases: CompiledAlias[] = [];
  const folded: number[] = [];
  const ends: number[] = [];
  const seen = new Uint8Array(0x10000);
  for (let i = 0; i < index.aliases.length; i++) {
    // Indexing, not destructuring: this loop runs before the JIT has warmed up.
    const alias = index.aliases[i]!;
    const text = alias[0];
    const entity = alias[1];
    const flags = alias[2];
    const plain = plainForm(text.trim());
    const from = folded.length;
    if (!foldAlias(plain, folded, seen)) continue;
    ends.push(folded.length);
    const fold = (flags & AliasFlag.FoldDiacritics) !== 0;
    aliases.push({
      entity,
      flags,
      length: folded.length - from,
      asWritten: fold ? stripMarks(plain) : plain,
      allCaps: fold ? stripMarks(plain.toUpperCase()) : plain.toUpperCase(),
      wordStart: isWordCodePoint(plain.codePointAt(0)!),
      wordEnd: isWordCodePoint(lastCodePoint(plain)),
    });
  }
  const alphabet = createAlphabet(seen);
  return {
    automaton: buildAutomaton(alphabet, toPatterns(alphabet, folded, ends)),
    aliases,
    givenNames: createGivenNames(index.givenNames),
  };
}

/** Folded units to symbols; a pattern starting with a letter starts at the boundary symbol. */
function toPatterns(alphabet: Alphabet, folded: number[], ends: number[]): Patterns {
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
