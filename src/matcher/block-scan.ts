// Matching a block whose text is split in text nodes, resumable at any point: the automaton's
// state carries across the parts, and the rules read across their edges.
import { AliasFlag } from '../shared/alias-index.ts';
import { blockText, type BlockText } from './block-text.ts';
import { BlockMentions } from './companions.ts';
import { isAnotherSense } from './contexts.ts';
import { aliasOf, type Matcher } from './load.ts';
import { endsWord, hasAliasCase, startsWord } from './rules.ts';
import { depthOf, matchStart, scan, START } from './scan.ts';
import { isSomeoneElsesSurname } from './surname.ts';
import { formEnd } from './inflected.ts';
import { inflectsIn } from '../shared/inflection.ts';

/** Offsets into the block's text, end exclusive; entity is a position in AliasIndex.entities. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
}

export interface BlockScan {
  /**
   * Scans on until the block is done or `shouldStop()` says so (asked every CHUNK code units,
   * so a 10 MB part is cut too); returns the mentions that became final since the last call,
   * sorted, not overlapping, offsets over the concatenation of the parts (end exclusive).
   */
  run(shouldStop: () => boolean): Mention[];
  readonly done: boolean;
}

/** Code units scanned between two questions to shouldStop: a chunk full of names takes well under a millisecond to mark. */
const CHUNK = 1024;

interface Candidate {
  start: number;
  end: number;
  /** Where the alias as the automaton found it ends: before the ending of a declined name. */
  aliasEnd: number;
  pattern: number;
}

/**
 * Matches a block whose text is the concatenation of `parts` (its text nodes' data, in order), never joining them.
 * `language` gives the primary subtag of the language of the part holding `offset` ('' if unknown): a quote in a
 * paragraph may be in another. Asked only where a declining name's stem is found.
 */
export function startBlock(matcher: Matcher, parts: readonly string[], language: (offset: number) => string = noLanguage): BlockScan {
  const text = blockText(parts);
  let pending: Candidate[] = [];
  let part = 0;
  let at = 0;
  let offset = 0;
  // The text starts at a word start.
  let state = START;
  let free = 0;
  const block: BlockState = { mentions: undefined, placeEnd: Number.NEGATIVE_INFINITY };
  const hit = (pattern: number, end: number, endState: number) => {
    const alias = aliasOf(matcher, pattern, endState);
    const { inflection } = alias;
    if (inflection === undefined) {
      if (endsWord(text, end, alias)) pending.push({ start: matchStart(matcher, text, end, alias.length), end, aliasEnd: end, pattern });
      return;
    }
    const start = matchStart(matcher, text, end, alias.length);
    const wordEnd = inflectsIn(inflection.language, language(start)) ? formEnd(text, end, inflection) : -1;
    if (wordEnd >= 0) pending.push({ start, end: wordEnd, aliasEnd: end, pattern });
  };
  const settle = (frontier: number, out: Mention[]) => {
    if (pending.length === 0) return;
    pending.sort(byPosition);
    const kept: Candidate[] = [];
    for (let i = 0; i < pending.length; i++) {
      const candidate = pending[i]!;
      if (candidate.start >= frontier) {
        kept.push(candidate);
        continue;
      }
      if (candidate.start < free) continue;
      const mention = judge(matcher, text, candidate, block);
      if (mention === undefined) continue;
      free = candidate.end;
      if (mention === null) continue;
      const alias = aliasOf(matcher, candidate.pattern);
      // Most blocks have no mention: the tracking is made for the first.
      (block.mentions ??= new BlockMentions()).add(mention, alias.companions, out, alias.companions && fallback(matcher, text, pending, i, block));
      if (alias.place) block.placeEnd = mention.end;
    }
    pending = kept;
  };
  const scanner = {
    done: parts.length === 0,
    run(shouldStop: () => boolean): Mention[] {
      const out: Mention[] = [];
      for (let budget = CHUNK; part < parts.length; ) {
        const data = parts[part]!;
        const to = Math.min(data.length, at + budget);
        state = scan(matcher, data, at, to, state, offset, hit);
        budget -= to - at;
        at = to;
        if (at === data.length) {
          offset += data.length;
          part++;
          at = 0;
        }
        if (budget > 0) continue;
        budget = CHUNK;
        // Candidates that start before the current state's string can no longer be beaten.
        if (pending.length > 64) settle(matchStart(matcher, text, offset + at, depthOf(matcher, state)), out);
        if (part < parts.length && shouldStop()) {
          settle(matchStart(matcher, text, offset + at, depthOf(matcher, state)), out);
          return out;
        }
      }
      settle(Number.POSITIVE_INFINITY, out);
      block.mentions?.finish(out);
      pending = [];
      scanner.done = true;
      return out;
    },
  };
  return scanner;
}

const noLanguage = () => '';

const byPosition = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end || a.pattern - b.pattern;

interface BlockState {
  mentions: BlockMentions | undefined;
  /** Where the last place mentioned ended. */
  placeEnd: number;
}

/**
 * Leftmost first, then the longest; an exact tie goes to the alias listed first. The other
 * rules are checked only for a candidate that would be taken, which gives the same result as
 * filtering first: "Trump" inside "President Trump" is never looked at. Undefined if not taken;
 * null if taken but no mention: a phrase that never is, or another sense of the name
 * ("Washington" in "Washington County" is not one on its own).
 */
function judge(m: Matcher, text: BlockText, { start, end, aliasEnd, pattern }: Candidate, block: BlockState): Mention | null | undefined {
  const alias = aliasOf(m, pattern);
  if (!startsWord(text, start, alias) || !hasAliasCase(text, start, aliasEnd, alias) || isSomeoneElsesSurname(m, text, start, pattern)) return undefined;
  if (alias.flags & AliasFlag.NotAMention || isAnotherSense(m, text, start, end, alias, block.placeEnd)) return null;
  return { start, end, entity: alias.entity };
}

/** What a name that needs company leaves if it has none: "US" of "US team" on a sports page. */
function fallback(m: Matcher, text: BlockText, sorted: Candidate[], taken: number, block: BlockState): Mention | undefined {
  for (let i = taken + 1; i < sorted.length && sorted[i]!.start === sorted[taken]!.start; i++) {
    if (aliasOf(m, sorted[i]!.pattern).companions) continue;
    const mention = judge(m, text, sorted[i]!, block);
    if (mention !== undefined) return mention ?? undefined;
  }
  return undefined;
}

/** Every mention in `text` (in `language`, see startBlock), sorted by start and not overlapping. */
export function findMentions(matcher: Matcher, text: string, language = ''): Mention[] {
  return startBlock(matcher, [text], () => language).run(() => false);
}
