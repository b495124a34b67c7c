// The matcher: pure functions from (compiled alias index, text) to mention offsets. No DOM.
export { compileMatcher, type Matcher } from './compile.ts';
export { findMentions, type Mention } from './find.ts';
