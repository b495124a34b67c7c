// `--canary`: a test build whose content script throws once, in its own world, a moment after it
// starts, so the end-to-end harness can show it would catch an error of the extension's own code.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

export const canaryMessage = 'Backstory canary: the content script threw on purpose';

export function canaryPlugin(): Plugin {
  return {
    name: 'backstory-canary',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]content[\\/]index\.ts$/ }, (args) => ({
        contents: `${readFileSync(args.path, 'utf8')}\nsetTimeout(() => { throw new Error(${JSON.stringify(canaryMessage)}); }, 0);\n`,
        loader: 'ts',
      }));
    },
  };
}
