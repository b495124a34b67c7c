// Gives the bundles `backstory:alias-index`, `backstory:briefs` and `backstory:map`, compiled from seeds/ when esbuild starts.
import type { Plugin } from 'esbuild';
import { compileSeeds, type CompiledSeeds } from './compile-seeds.ts';
import { mapModule } from './map-module.ts';
import { readSeeds } from './read-seeds.ts';
import { formatProblem, SeedError } from './seed-errors.ts';

export function seedPlugin(seedDir: string): Plugin {
  return {
    name: 'backstory-seeds',
    setup(build) {
      let compiled: CompiledSeeds | undefined;
      let files: string[] = [];
      build.onStart(() => {
        const sources = readSeeds(seedDir);
        files = sources.map((s) => s.path);
        try {
          compiled = compileSeeds(sources);
        } catch (error) {
          compiled = undefined;
          if (!(error instanceof SeedError)) throw error;
          return { errors: error.problems.map((p) => ({ text: formatProblem(p) })) };
        }
        return undefined;
      });
      build.onResolve({ filter: /^backstory:/ }, (args) => ({ path: args.path, namespace: 'backstory-seeds' }));
      build.onLoad({ filter: /.*/, namespace: 'backstory-seeds' }, (args) => {
        if (!compiled) return { errors: [{ text: 'seeds did not compile' }] };
        const data = args.path === 'backstory:alias-index' ? compiled.aliasIndex : args.path === 'backstory:map' ? mapModule(compiled.bundle) : compiled.bundle;
        // JSON.parse of one string is smaller than an object literal, and quicker for the engine to load.
        const literal = JSON.stringify(data).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
        return { contents: `export default JSON.parse('${literal}');`, loader: 'js', watchFiles: files };
      });
    },
  };
}
