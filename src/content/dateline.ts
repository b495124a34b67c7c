// A wire story's dateline, "MOSCOW (AP) —" or "KYIV, Ukraine —": where the report was filed, not a
// mention in its text (calm mode leaves it unmarked, as it does a byline).
const dateline = /^\s*\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’ ]{0,30}?)?\s*(?:\([^()]{1,40}\)\s*)?(?:[—–]|--?)\s/u;

/** How many characters of the text's start are a dateline; 0 when there is none. */
export function datelineLength(text: string): number {
  return dateline.exec(text)?.[0].length ?? 0;
}
