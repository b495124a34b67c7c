import { AliasFlag } from '../shared/alias-index.ts';
import type { Matcher } from './compile.ts';
import { endsWord, hasAliasCase, startsWord } from './rules.ts';
import { matchStart, scan } from './scan.ts';
import { isSomeoneElsesSurname } from './surname.ts';

/** Offsets into the text, end exclusive; entity is a position in AliasIndex.entities. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
}

interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

/** Every mention in `text`, sorted by start and not overlapping. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  const { automaton, aliases } = matcher;
  const candidates: Candidate[] = [];
  scan(automaton, text, (pattern, end) => {
    const alias = aliases[pattern]!;
    if (!endsWord(text, end, alias)) return;
    candidates.push({ start: matchStart(automaton, text, end, alias.length), end, pattern });
  });
  return leftmostLongest(matcher, text, candidates);
}

/**
 * Leftmost first, then the longest; an exact tie goes to the alias listed first. The other
 * rules are checked only for a candidate that would be taken, which gives the same result as
 * filtering first: "Trump" inside "President Trump" is never looked at.
 */
function leftmostLongest(matcher: Matcher, text: string, candidates: Candidate[]): Mention[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const mentions: Mention[] = [];
  let free = 0;
  for (const { start, end, pattern } of candidates) {
    if (start < free) continue;
    const alias = matcher.aliases[pattern]!;
    if (
      startsWord(text, start, alias) &&
      hasAliasCase(text, start, end, alias) &&
      !isSomeoneElsesSurname(matcher, text, start, pattern)
    ) {
      if (!(alias.flags & AliasFlag.NotAMention)) mentions.push({ start, end, entity: alias.entity });
      free = end;
    }
  }
  return mentions;
}
