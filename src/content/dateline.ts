// A wire story's dateline, "MOSCOW (AP) —" or "KYIV, Ukraine —": where the report was filed, not a
// mention in its text (calm mode leaves it unmarked, as it does a byline).
import { propertyRegExp } from '../matcher/property-classes.ts';

const dateline = propertyRegExp(/^\s*\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’ ]{0,30}?)?\s*(?:\([^()]{1,40}\)\s*)?(?:[—–]|--?)\s/u);

/**
 * Its first two characters are capitals or . ' ’ -, all their own upper case, and a dash follows: a quick
 * look first, since most paragraphs are otherwise.
 */
const mayStartDateline = (text: string) => {
  const head = text.trimStart().slice(0, 2);
  return head.length === 2 && head === head.toUpperCase() && /[—–-]/.test(text);
};

/** How many characters of the text's start are a dateline; 0 when there is none. */
export function datelineLength(text: string): number {
  return mayStartDateline(text) ? (dateline.of(text).exec(text)?.[0].length ?? 0) : 0;
}
