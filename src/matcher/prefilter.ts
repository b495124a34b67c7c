// A first look at a block's text before the automaton reads it: a small trie, made by the build, of how
// every alias can start as a whole word (as written, in ALL CAPS, capitalised), so text that cannot hold
// a mention never enters the scan.
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
const WORD_UNITS = '[A-Za-z0-9_\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u04ff]';
const wordUnit = new RegExp(WORD_UNITS);

/** JavaScript's `\s`: what a space of an alias may be written as (a run of them reads as one). */
const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** The variants plainForm makes plain, read as their plain unit (a space stands for a run of spaces). */
const plainUnit = (c: number) => (c === 0x2018 || c === 0x2019 || c === 0x2bc ? APOSTROPHE : c === 0x2010 || c === 0x2011 ? HYPHEN : isSpace(c) ? SPACE : c);

/** What the build gives the content script: strings, with nothing to work out at load but what is used. */
export interface PrefilterTrie {
  /**
   * How every alias can start, as a trie of UTF-16 units in one string: a line per node, breadth first, node 0
   * where a word starts and node 1 anywhere. A line holds the units that lead on to a child, after the number
   * of the first of these children (three units, see childNumber; the others follow it in order), then a tab,
   * then the units where a whole prefix ends. Tabs and line breaks are never units: spaces are read as " ".
   */
  trie: string;
  /** A RegExp source of the trie's first levels: where a prefix can start (startsPattern). */
  starts: string;
}

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

/** A unit as itself where it is a letter or digit (the pattern stays short), else escaped. */
const literal = (unit: number) => (unit !== 0x5f && wordUnit.test(String.fromCharCode(unit)) ? String.fromCharCode(unit) : `\\u${unit.toString(16).padStart(4, '0')}`);
/** A unit inside a RegExp class, with every unit that reads as it (plainUnit). */
const classUnits = (unit: number) => (unit === SPACE ? '\\s' : unit === APOSTROPHE ? "'\\u2018\\u2019\\u02bc" : unit === HYPHEN ? '\\-\\u2010\\u2011' : literal(unit));
/** A unit followed by more: a space stands for a run of spaces. */
const unitPattern = (unit: number) => (unit === SPACE ? '\\s+' : unit === APOSTROPHE || unit === HYPHEN ? `[${classUnits(unit)}]` : literal(unit));

/**
 * How many units the native pattern checks from a root: a capital tells a name from most words, a lower-case
 * start (an everyday word: "plan", "armée") takes three units to.
 */
const nativeUnits = (unit: number) => (String.fromCharCode(unit) !== String.fromCharCode(unit).toUpperCase() ? 3 : 2);

/** The trie under `node`, `levels(unit)` units deep from each of its units, as RegExp alternatives ('' if it has none). */
function levelsPattern(node: BuildNode, levels: (unit: number) => number): string {
  let alone = '';
  const branches: string[] = [];
  for (const [unit, child] of [...node.children].sort(([x], [y]) => x - y)) {
    const deeper = levels(unit) - 1;
    const rest = deeper > 0 ? levelsPattern(child, () => deeper) : '';
    if (rest) branches.push(`${unitPattern(unit)}(?:${rest})`);
    else alone += classUnits(unit);
  }
  if (alone) branches.unshift(`[${alone}]`);
  return branches.join('|');
}

/**
 * Where a prefix can start, found natively: the trie's first levels make a pattern quick to compile (the whole
 * trie's took longer to compile than the rest takes to run), which leaves the walk only the few places worth
 * walking from.
 */
function startsPattern(wordStarts: BuildNode, anywhere: BuildNode): string {
  const word = levelsPattern(wordStarts, nativeUnits);
  return [word && `(?<!${WORD_UNITS})(?:${word})`, levelsPattern(anywhere, nativeUnits)].filter(Boolean).join('|');
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
    const firstChild = queue.length;
    let goOn = '';
    let end = '';
    for (const [unit, child] of [...node.children].sort(([x], [y]) => x - y)) {
      if (child.end) end += String.fromCharCode(unit);
      else {
        goOn += String.fromCharCode(unit);
        queue.push(child);
      }
    }
    lines.push(`${goOn && childNumber(firstChild)}${goOn}\t${end}`);
  }
  return { trie: lines.join('\n'), starts: startsPattern(wordStarts, anywhere) };
}

/**
 * A node's number in base 64, three printable ASCII units: read where a walk needs it, without numbering the
 * nodes before it (the content script's first walk did that, about a millisecond a page).
 */
const NUMBER_UNITS = 3;
const DIGIT_ZERO = 0x3f;
const childNumber = (node: number) => {
  if (node >= 64 ** NUMBER_UNITS) throw new Error(`the prefilter trie has more than ${64 ** NUMBER_UNITS} nodes (${node})`);
  return String.fromCharCode(DIGIT_ZERO + (node >> 12), DIGIT_ZERO + ((node >> 6) & 63), DIGIT_ZERO + (node & 63));
};
const numberAt = (line: string) =>
  ((line.charCodeAt(0) - DIGIT_ZERO) << 12) | ((line.charCodeAt(1) - DIGIT_ZERO) << 6) | (line.charCodeAt(2) - DIGIT_ZERO);

const NONE = -1;
/** A whole prefix ends here. */
const END = -2;
const TAB = '\t';

/** The content script's side: false only when the text cannot hold a mention. */
export function createPrefilter({ trie, starts: startsSource }: PrefilterTrie): (text: string) => boolean {
  const nodes = trie.split('\n');
  // indexOf, not a loop over the line: this code runs cold, once a page, and the roots' lines are long.
  /** Where `unit` leads from `node`: a node, END or NONE. */
  const step = (node: number, unit: number) => {
    const line = nodes[node]!;
    const tab = line.indexOf(TAB);
    // A line without children has no number to pass over.
    const at = line.indexOf(String.fromCharCode(unit), tab === 0 ? 0 : NUMBER_UNITS);
    if (at === -1) return NONE;
    return at > tab ? END : numberAt(line) + at - NUMBER_UNITS;
  };
  // A pattern that matches nothing, for a trie with no prefix at all.
  const starts = new RegExp(startsSource || '[]', 'g');

  /** Whether a whole prefix starts at `at`, from `root`: the walk of the trie, each unit read as its plain unit. */
  const startsAt = (text: string, at: number, root: number): boolean => {
    for (let node = root; at < text.length; ) {
      const unit = plainUnit(text.charCodeAt(at++));
      // A space stands for a run of spaces.
      if (unit === SPACE) while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      node = step(node, unit);
      if (node === NONE) return false;
      if (node === END) return true;
    }
    return false;
  };
  return (raw) => {
    const text = bare(raw);
    starts.lastIndex = 0;
    for (let found = starts.exec(text); found; found = starts.exec(text)) {
      const at = found.index;
      // The pattern found either root's start: a word's only where no word unit comes before.
      if (!(at > 0 && wordUnit.test(text.charAt(at - 1))) && startsAt(text, at, 0)) return true;
      if (startsAt(text, at, 1)) return true;
      starts.lastIndex = at + 1;
    }
    return false;
  };
}
