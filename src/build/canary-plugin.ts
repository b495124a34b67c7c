// `--canary`: a test build whose content script and background each throw once, in their own world, a moment
// after they start, so the end-to-end harness can show it would catch an error of the extension's own code.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

export const canaryMessages = {
  content: 'Backstory canary: the content script threw on purpose',
  background: 'Backstory canary: the background threw on purpose',
};

export function canaryPlugin(): Plugin {
  return {
    name: 'backstory-canary',
    setup(build) {
      for (const part of ['content', 'background'] as const) {
        build.onLoad({ filter: new RegExp(`[\\\\/]src[\\\\/]${part}[\\\\/]index\\.ts$`) }, (args) => ({
          contents: `${readFileSync(args.path, 'utf8')}\nsetTimeout(() => { throw new Error(${JSON.stringify(canaryMessages[part])}); }, 0);\n`,
          loader: 'ts',
        }));
      }
    },
  };
}
