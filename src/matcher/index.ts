// The matcher: pure functions from (alias tables, text) to mention offsets. No DOM.
export { startBlock, findMentions, type BlockScan, type Mention } from './block-scan.ts';
export { compileMatcher, compileTables } from './compile.ts';
export { loadMatcher, serialize, type Matcher } from './load.ts';
export type { MatcherTables } from './tables.ts';
