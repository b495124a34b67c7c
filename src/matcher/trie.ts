// The keyword trie, numbered breadth-first: a state's failure state always has a smaller
// number, so any prefix of the states can take dense rows, and a state's children are
// numbered consecutively, so they need no lists. State 1 is the root's `first` child
// even when no pattern uses it.

/** Patterns of symbols, concatenated: pattern i is symbols[offsets[i] .. offsets[i + 1]). */
export interface Patterns {
  symbols: Uint16Array;
  offsets: Int32Array;
}

export interface Trie {
  size: number;
  /** Symbol on the edge into each state (0 for the root). */
  symbol: Uint16Array;
  parent: Int32Array;
  /** State s's children are firstChild[s] .. firstChild[s + 1]; size + 1 entries. */
  firstChild: Int32Array;
  /** The state each pattern ends in, by pattern index. */
  patternEnd: Int32Array;
}

export function buildTrie(first: number, { symbols, offsets }: Patterns): Trie {
  const capacity = symbols.length + 2;
  const count = offsets.length - 1;

  // Insertion order first, as sibling lists.
  const symbol = new Uint16Array(capacity);
  const head = new Int32Array(capacity).fill(-1);
  const last = new Int32Array(capacity).fill(-1);
  const next = new Int32Array(capacity).fill(-1);
  symbol[1] = first;
  head[0] = last[0] = 1;
  let size = 2;
  const insert = (from: number, to: number): number => {
    let state = 0;
    for (let i = from; i < to; i++) {
      const s = symbols[i]!;
      let child = head[state]!;
      while (child !== -1 && symbol[child] !== s) child = next[child]!;
      if (child === -1) {
        child = size++;
        symbol[child] = s;
        if (last[state] === -1) head[state] = child;
        else next[last[state]!] = child;
        last[state] = child;
      }
      state = child;
    }
    return state;
  };
  const rawEnd = new Int32Array(count);
  for (let i = 0; i < count; i++) rawEnd[i] = insert(offsets[i]!, offsets[i + 1]!);

  // Then renumber breadth-first.
  const order = new Int32Array(size);
  const renumbered = new Int32Array(size);
  const trie: Trie = {
    size,
    symbol: new Uint16Array(size),
    parent: new Int32Array(size),
    firstChild: new Int32Array(size + 1),
    patternEnd: new Int32Array(count),
  };
  let tail = 1;
  for (let id = 0; id < size; id++) {
    trie.firstChild[id] = tail;
    for (let child = head[order[id]!]!; child !== -1; child = next[child]!) {
      renumbered[child] = tail;
      order[tail] = child;
      trie.symbol[tail] = symbol[child]!;
      trie.parent[tail] = id;
      tail++;
    }
  }
  trie.firstChild[size] = size;
  for (let i = 0; i < count; i++) trie.patternEnd[i] = renumbered[rawEnd[i]!]!;
  return trie;
}
