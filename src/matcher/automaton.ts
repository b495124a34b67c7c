// Aho-Corasick over the trie, with one twist: patterns that start with a letter hang under
// START, the root's child on the virtual boundary symbol, which the automaton reaches only
// after a non-letter. So matches can start only at word starts, and inside other words the
// automaton idles at the root. Each non-letter symbol stands for "this character, then a
// boundary", which keeps that one transition per character.
// The shallow states, where text keeps the automaton nearly all the time, get full DFA rows
// (one load per character); deeper states, mostly single-child chains, keep only their
// trie children and a failure link.
// This is the build's form, in typed arrays; tables.ts packs it for the content script.
import { NARROW_MAX } from './packed.ts';
import type { BuildAlphabet } from './symbols.ts';
import { buildTrie, type Patterns } from './trie.ts';

export const START = 1;
/** Set on a dense entry whose state has patterns, saving a lookup per character. */
export const OUTPUT = 1 << 31;
/**
 * At most this many dense cells: text of a news page spends nearly all its time in the first
 * few hundred states, and every cell is 2 to 3 bytes of content.js.
 */
export const DENSE_CELLS = 1 << 14;

export interface Automaton {
  alphabet: BuildAlphabet;
  /** States [0, denseStates) have a row of `alphabet.width` next states in `dense`, OUTPUT-flagged. */
  denseStates: number;
  dense: Int32Array;
  /** Symbol on the edge into each state. */
  symbol: Uint16Array;
  /** BFS numbering: state s's children are firstChild[s] .. firstChild[s + 1]. */
  firstChild: Int32Array;
  /** The state each state is a child of (the root's: 0). */
  parent: Int32Array;
  fail: Int32Array;
  /** The state each pattern ends in. */
  patternEnd: Int32Array;
  /** 1 where some pattern ends, at the state or on its failure chain. */
  hasOutput: Uint8Array;
  /** The first state of each depth: numbering is breadth-first. */
  levelStarts: Int32Array;
}

export function buildAutomaton(alphabet: BuildAlphabet, patterns: Patterns, denseCells = DENSE_CELLS): Automaton {
  const trie = buildTrie(alphabet.boundary, patterns);
  const width = alphabet.width;
  // Dense entries hold a child of a dense state, times two: they must fit one packed unit.
  let denseStates = Math.min(trie.size, Math.max(2, Math.floor(denseCells / width)));
  while (denseStates > 2 && trie.firstChild[denseStates]! * 2 + 1 > NARROW_MAX) denseStates--;
  const a: Automaton = {
    alphabet,
    denseStates,
    dense: new Int32Array(denseStates * width),
    symbol: trie.symbol,
    firstChild: trie.firstChild,
    parent: trie.parent,
    levelStarts: levelStarts(trie.parent),
    fail: new Int32Array(trie.size),
    patternEnd: trie.patternEnd,
    hasOutput: new Uint8Array(trie.size),
  };
  // From the root, any non-letter leads to a word start.
  a.dense.fill(START, alphabet.firstNonWord, width);
  for (let s = 0; s < trie.size; s++) {
    const parent = trie.parent[s]!;
    if (s === START) a.fail[s] = 0;
    else if (s > 0) a.fail[s] = parent === 0 ? START : step(a, a.fail[parent]!, a.symbol[s]!);
    if (s < denseStates) fillRow(a, s, width);
  }
  for (const state of trie.patternEnd) a.hasOutput[state] = 1;
  // Breadth first: a failure state comes before the states that fail to it.
  for (let s = 1; s < trie.size; s++) a.hasOutput[s]! |= a.hasOutput[a.fail[s]!]!;
  for (let i = 0; i < a.dense.length; i++) if (a.hasOutput[a.dense[i]!] === 1) a.dense[i]! |= OUTPUT;
  return a;
}

function fillRow(a: Automaton, s: number, width: number): void {
  const row = s * width;
  if (s > 0) a.dense.copyWithin(row, a.fail[s]! * width, a.fail[s]! * width + width);
  const first = a.firstChild[s]!;
  for (let child = first; child < a.firstChild[s + 1]!; child++) a.dense[row + a.symbol[child]!] = child;
  // A run of whitespace is one space: a state entered by a space stays put on the next.
  if (s > 0 && a.symbol[s] === a.alphabet.space) a.dense[row + a.alphabet.space] = s;
}

/** The next state from `state` on text symbol `c`. */
export function step(a: Automaton, state: number, c: number): number {
  if (state < a.denseStates) return a.dense[state * a.alphabet.width + c]! & ~OUTPUT;
  if (c === a.alphabet.space && a.symbol[state] === c) return state;
  for (let s = state; ; ) {
    const first = a.firstChild[s]!;
    const end = a.firstChild[s + 1]!;
    for (let child = first; child < end; child++) if (a.symbol[child] === c) return child;
    s = a.fail[s]!;
    if (s < a.denseStates) return a.dense[s * a.alphabet.width + c]! & ~OUTPUT;
  }
}

function levelStarts(parent: Int32Array): Int32Array {
  const starts = [0];
  const depth = new Int32Array(parent.length);
  for (let s = 1; s < parent.length; s++) {
    depth[s] = depth[parent[s]!]! + 1;
    if (depth[s] !== depth[s - 1]) starts.push(s);
  }
  return Int32Array.from(starts);
}
