// The matcher is made the first time a page has text to read: a frame with none pays nothing.
import aliasIndex from 'backstory:alias-index';
import { compileMatcher, type Matcher } from '../matcher/index.ts';

let matcher: Matcher | undefined;
export const sessionMatcher = (): Matcher => (matcher ??= compileMatcher(aliasIndex));
