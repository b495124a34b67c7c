// A first look at a block's text before the automaton reads it: a small trie, made by the build, of how
// every alias can start as a whole word (as written, in ALL CAPS, capitalised), so text that cannot hold
// a mention never enters the scan. It used to be one RegExp of the whole trie, whose 10 KB source took
// longer to compile than this takes to load and walk.
// It may let through text with no mention (the automaton stays the judge), never the reverse: the rules
// (rules.ts) accept only text whose plainForm is one of an alias's forms, and both sides here are
// compared without marks or invisible characters, in canonical decomposition.
import { AliasFlag, type AliasIndex } from '../shared/alias-index.ts';
import { isWordCodePoint, plainForm } from './normalise.ts';

/** How many characters of each form the trie holds: enough to tell most words of a page apart. */
const PREFIX_LENGTH = 4;
/**
 * An alias written in lower case starts with an everyday word of some language ("délégation ukrainienne",
 * "plan de 28 puntos"), English words among them: the trie holds that word and the next two characters.
 */
const lowerCasePrefixLength = (plain: string) => (plain.includes(' ') ? plain.indexOf(' ') + 3 : plain.length);

const marksAndInvisibles = /[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** Text with only these (ASCII, NBSP, general punctuation but its invisible ones) is its own decomposition. */
const needsDecomposing = /[^\x00-\x7f\u00a0\u2010-\u205f]/;

/** Canonical decomposition without marks and invisible characters: where forms and text are compared. */
const bare = (text: string) => (needsDecomposing.test(text) ? text.normalize('NFD').replace(marksAndInvisibles, '') : text);

/**
 * A word starts after any character that is not a letter, digit, mark or "_" (normalise.ts). These units
 * are only such characters, so the rest lets through every real word start (and a few more).
 */
const isWordUnit = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x4ff);

/** JavaScript's `\s`: what a space of an alias may be written as (a run of them reads as one). */
const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** The variants plainForm makes plain, read as their plain unit (a space stands for a run of spaces). */
const plainUnit = (c: number) => (c === 0x2018 || c === 0x2019 || c === 0x2bc ? APOSTROPHE : c === 0x2010 || c === 0x2011 ? HYPHEN : isSpace(c) ? SPACE : c);

/**
 * How every alias can start, as a trie of UTF-16 units in one string: a line per node, breadth first, node 0
 * where a word starts and node 1 anywhere. A line holds the units that lead on to a child (numbered in order
 * after the nodes before), a tab, then the units where a whole prefix ends. Tabs and line breaks are never
 * units: spaces are read as " ".
 */
export type PrefilterTrie = string;

interface BuildNode {
  children: Map<number, BuildNode>;
  /** A whole prefix ends here: nothing longer is needed. */
  end: boolean;
}

function add(root: BuildNode, units: number[]) {
  let node = root;
  for (const unit of units) {
    if (node.end) return;
    let next = node.children.get(unit);
    if (!next) node.children.set(unit, (next = { children: new Map(), end: false }));
    node = next;
  }
  node.end = true;
  node.children.clear();
}

/** The forms hasAliasCase accepts, in the rules' terms: the plain text, ALL CAPS, a lower-case start capitalised. */
function formsOf(plain: string): string[] {
  const first = plain.charAt(0);
  const capitalised = first !== first.toUpperCase() ? first.toUpperCase() + plain.slice(1) : plain;
  return [plain, plain.toUpperCase(), capitalised];
}

/** The plain units of a form, a run of spaces as one. */
function plainUnits(form: string): number[] {
  const units: number[] = [];
  for (let i = 0; i < form.length; i++) {
    const unit = plainUnit(form.charCodeAt(i));
    if (unit !== SPACE || units[units.length - 1] !== SPACE) units.push(unit);
  }
  return units;
}

/** The build's side: the trie of the aliases of `index` that can be a mention. */
export function prefilterTrie(index: AliasIndex): PrefilterTrie {
  const wordStarts: BuildNode = { children: new Map(), end: false };
  const anywhere: BuildNode = { children: new Map(), end: false };
  for (const [text, , flags, , inflection] of index.aliases) {
    // A phrase that is never a mention can only take the match from an alias the trie has anyway.
    if (flags & AliasFlag.NotAMention) continue;
    // As compile.ts reads it: a declining alias is its stem.
    const plain = plainForm((inflection?.[0] ?? text).trim());
    if (plain === '') continue;
    // As compile.ts decides whether the alias needs a word start.
    const root = isWordCodePoint(plain.codePointAt(0)!) ? wordStarts : anywhere;
    const first = plain.charAt(0);
    const length = first !== first.toUpperCase() ? lowerCasePrefixLength(plain) : PREFIX_LENGTH;
    for (const form of formsOf(plain)) {
      const units = plainUnits(Array.from(bare(form)).slice(0, length).join(''));
      if (units.length > 0) add(root, units);
    }
  }
  const lines: string[] = [];
  const queue = [wordStarts, anywhere];
  for (const node of queue) {
    let goOn = '';
    let end = '';
    for (const [unit, child] of [...node.children].sort(([x], [y]) => x - y)) {
      if (child.end) end += String.fromCharCode(unit);
      else {
        goOn += String.fromCharCode(unit);
        queue.push(child);
      }
    }
    lines.push(`${goOn}\t${end}`);
  }
  return lines.join('\n');
}

/** Not a word unit (isWordUnit), as a RegExp class. */
const WORD_BOUNDARY = '[^A-Za-z0-9_\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u04ff]';

const escaped = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
/** A node's units as a RegExp class, with every unit that reads as one of them (plainUnit). */
function unitClass(line: string): string {
  let units = '';
  for (let at = 0; at < line.length; at++) {
    const unit = line.charCodeAt(at);
    if (unit === TAB_UNIT) continue;
    units += unit === SPACE ? '\\s' : unit === APOSTROPHE ? "'\\u2018\\u2019\\u02bc" : unit === HYPHEN ? '\\-\\u2010\\u2011' : escaped(unit);
  }
  return `[${units}]`;
}

/** Units below this are looked up in a table at a root (Latin and Cyrillic letters), the rest in a map. */
const TABLE_UNITS = 0x500;
const NONE = -1;
/** A whole prefix ends here. */
const END = -2;
const TAB = '\t';
const TAB_UNIT = 0x09;

/** The content script's side: false only when `text` cannot hold a mention. */
export function createPrefilter(trie: PrefilterTrie): (text: string) => boolean {
  const nodes = trie.split('\n');
  /** The node each node's first unit that goes on leads to: children are numbered in order, breadth first. */
  const firstChild = new Int32Array(nodes.length);
  for (let node = 0, numbered = 2; node < nodes.length; node++) {
    firstChild[node] = numbered;
    numbered += nodes[node]!.indexOf(TAB);
  }
  /** Where `unit` leads from `node`: a node, END or NONE. */
  const step = (node: number, unit: number) => {
    const line = nodes[node]!;
    const tab = line.indexOf(TAB);
    for (let at = 0; at < line.length; at++) if (line.charCodeAt(at) === unit) return at < tab ? firstChild[node]! + at : END;
    return NONE;
  };
  /** Where a root leads for each unit: a table for the common units, a map for the rest. */
  const rootOf = (node: number) => {
    const table = new Int32Array(TABLE_UNITS).fill(NONE);
    const others = new Map<number, number>();
    const line = nodes[node]!;
    for (let at = 0; at < line.length; at++) {
      const unit = line.charCodeAt(at);
      if (unit === TAB_UNIT) continue;
      if (unit < TABLE_UNITS) table[unit] = step(node, unit);
      else others.set(unit, step(node, unit));
    }
    return (unit: number) => (unit < TABLE_UNITS ? table[unit]! : others.get(unit) ?? NONE);
  };
  const wordRoot = rootOf(0);
  const anywhereRoot = nodes[1]!.length > 1 ? rootOf(1) : undefined;

  /** Whether a prefix goes on from `node` at `from`: the walk of the trie, each unit read as its plain unit. */
  const goesOn = (text: string, from: number, node: number): boolean => {
    let at = from;
    for (;;) {
      if (at >= text.length) return false;
      const unit = plainUnit(text.charCodeAt(at++));
      if (unit === SPACE) while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      node = step(node, unit);
      if (node === NONE) return false;
      if (node === END) return true;
    }
  };
  const startsAt = (text: string, at: number, root: (unit: number) => number): boolean => {
    const unit = plainUnit(text.charCodeAt(at));
    const node = root(unit);
    if (node === NONE) return false;
    if (node === END) return true;
    // A space that starts a prefix stands for a run: read past the run.
    let from = at + 1;
    if (unit === SPACE) while (from < text.length && isSpace(text.charCodeAt(from))) from++;
    return goesOn(text, from, node);
  };

  // Where a prefix can start, found natively: a class of the roots' first units is quick to compile, unlike
  // a pattern of the whole trie, and leaves the interpreter only the few places worth walking from.
  const starts = new RegExp(`(?:^|${WORD_BOUNDARY})${unitClass(nodes[0]!)}${anywhereRoot ? `|${unitClass(nodes[1]!)}` : ''}`, 'g');
  return (raw) => {
    const text = bare(raw);
    starts.lastIndex = 0;
    while (starts.test(text)) {
      const at = starts.lastIndex - 1;
      const afterWord = at > 0 && isWordUnit(text.charCodeAt(at - 1));
      if (!afterWord && startsAt(text, at, wordRoot)) return true;
      if (anywhereRoot && startsAt(text, at, anywhereRoot)) return true;
    }
    return false;
  };
}
