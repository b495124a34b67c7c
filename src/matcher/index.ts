// The matcher: pure functions from (compiled alias index, text) to mention offsets. No DOM.
export { compileMatcher, type Matcher } from './compile.ts';
export { findMentions, type Mention } from './find.ts';
// TODO [2026-12-02]: replaced by the streaming matcher; a stand-in with its shape meanwhile.
import { findMentions as findIn } from './find.ts';
import type { Matcher as M } from './compile.ts';
import type { Mention as N } from './find.ts';
export interface BlockScan {
  run(shouldStop: () => boolean): N[];
  readonly done: boolean;
}
export function startBlock(matcher: M, parts: readonly string[]): BlockScan {
  let done = false;
  return {
    run() {
      done = true;
      return findIn(matcher, parts.join(''));
    },
    get done() {
      return done;
    },
  };
}
