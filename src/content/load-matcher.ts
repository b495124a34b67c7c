// The matcher's tables are compiled by the build and embedded: the first page text loads them as
// they are (well under a millisecond), and a frame with no text pays nothing.
import matcherTables from 'backstory:matcher-tables';
import { loadMatcher, type Matcher } from '../matcher/index.ts';

let matcher: Matcher | undefined;
export const sessionMatcher = (): Matcher => (matcher ??= loadMatcher(matcherTables));
