// A native first look at a block's text before the automaton reads it: one RegExp, made by the build,
// of how every alias can start as a whole word (as written, in ALL CAPS, capitalised), so text that
// cannot hold a mention never enters the scan, which runs cold in the interpreter on most pages.
// It may let through text with no mention (the automaton stays the judge), never the reverse: the rules
// (rules.ts) accept only text whose plainForm is one of an alias's forms, and both sides here are
// compared without marks or invisible characters, in canonical decomposition.
import { AliasFlag, type AliasIndex } from '../shared/alias-index.ts';
import { isWordCodePoint, plainForm } from './normalise.ts';

/** How many characters of each form the pattern holds: enough to tell most words of a page apart. */
const PREFIX_LENGTH = 4;
/**
 * An alias written in lower case starts with an everyday word of some language ("délégation ukrainienne",
 * "plan de 28 puntos"), English words among them: its pattern holds that word and the next two characters.
 */
const lowerCasePrefixLength = (plain: string) => (plain.includes(' ') ? plain.indexOf(' ') + 3 : plain.length);

const marksAndInvisibles = /[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** Text with only these (ASCII, NBSP, general punctuation but its invisible ones) is its own decomposition. */
const needsDecomposing = /[^\x00-\x7f\u00a0\u2010-\u205f]/;

/** Canonical decomposition without marks and invisible characters: where forms and text are compared. */
const bare = (text: string) => (needsDecomposing.test(text) ? text.normalize('NFD').replace(marksAndInvisibles, '') : text);

/**
 * A word starts after any character that is not a letter, digit, mark or "_" (normalise.ts). The class
 * here holds only such characters, so its complement lets through every real word start (and a few
 * more): exact where it must be, and without the `u` flag and Unicode classes irregexp is far quicker.
 */
const WORD_START = '(?:^|[^A-Za-z0-9_\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u04ff])';

/** How one character of a form may be written (the variants plainForm makes plain). */
function charPattern(char: string): string {
  if (char === ' ') return '\\s+';
  if (char === "'") return "['\\u2018\\u2019\\u02bc]";
  if (char === '-') return '[\\-\\u2010\\u2011]';
  return /[\^$\\.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

interface Trie {
  children: Map<string, Trie>;
  /** A whole prefix ends here: nothing longer is needed. */
  end: boolean;
}

function add(trie: Trie, chars: string[]) {
  let node = trie;
  for (const char of chars) {
    if (node.end) return;
    let next = node.children.get(char);
    if (!next) node.children.set(char, (next = { children: new Map(), end: false }));
    node = next;
  }
  node.end = true;
  node.children.clear();
}

/** The trie as one alternation, shared starts written once: irregexp tries far fewer branches. */
function trieSource(trie: Trie): string {
  const branches = [...trie.children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([char, child]) => charPattern(char) + (child.end ? '' : trieSource(child)));
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** The forms hasAliasCase accepts, in the rules' terms: the plain text, ALL CAPS, a lower-case start capitalised. */
function formsOf(plain: string): string[] {
  const first = plain.charAt(0);
  const capitalised = first !== first.toUpperCase() ? first.toUpperCase() + plain.slice(1) : plain;
  return [plain, plain.toUpperCase(), capitalised];
}

/** The build's side: the pattern's source, for the aliases of `index` that can be a mention. */
export function prefilterSource(index: AliasIndex): string {
  const wordStarts: Trie = { children: new Map(), end: false };
  const anywhere: Trie = { children: new Map(), end: false };
  for (const [text, , flags, , inflection] of index.aliases) {
    // A phrase that is never a mention can only take the match from an alias the pattern has anyway.
    if (flags & AliasFlag.NotAMention) continue;
    // As compile.ts reads it: a declining alias is its stem.
    const plain = plainForm((inflection?.[0] ?? text).trim());
    if (plain === '') continue;
    // As compile.ts decides whether the alias needs a word start.
    const trie = isWordCodePoint(plain.codePointAt(0)!) ? wordStarts : anywhere;
    const first = plain.charAt(0);
    const length = first !== first.toUpperCase() ? lowerCasePrefixLength(plain) : PREFIX_LENGTH;
    for (const form of formsOf(plain)) {
      const chars = Array.from(bare(form)).slice(0, length);
      if (chars.length > 0) add(trie, chars);
    }
  }
  const alternatives = [
    ...(wordStarts.children.size > 0 ? [`${WORD_START}${trieSource(wordStarts)}`] : []),
    ...(anywhere.children.size > 0 ? [trieSource(anywhere)] : []),
  ];
  // No alias at all: a pattern that never matches.
  return alternatives.length > 0 ? alternatives.join('|') : '[]';
}

/** The content script's side: false only when `text` cannot hold a mention. */
export function createPrefilter(source: string): (text: string) => boolean {
  let pattern: RegExp | undefined;
  return (text) => (pattern ??= new RegExp(source)).test(bare(text));
}
