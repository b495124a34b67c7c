// Gives the bundles `backstory:alias-index`, `backstory:entities`, `backstory:stories`, `backstory:briefs`, `backstory:map`, `backstory:matcher-tables` and `backstory:alias-starts`,
// compiled from seeds/ when esbuild starts.
import type { Plugin } from 'esbuild';
import { compileTables } from '../matcher/index.ts';
import { prefilterTrie } from '../matcher/prefilter.ts';
import { compileSeeds, type CompiledSeeds } from './compile-seeds.ts';
import { packEntities } from '../shared/packed-entities.ts';
import { mapModule } from './map-module.ts';
import { readSeeds } from './read-seeds.ts';
import { storyTable } from './story-table.ts';
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
        // Object literals: their strings are read in place, with nothing to parse.
        if (args.path === 'backstory:matcher-tables') return literalModule(compileTables(compiled.aliasIndex), files);
        if (args.path === 'backstory:alias-starts') return literalModule(prefilterTrie(compiled.aliasIndex), files);
        if (args.path === 'backstory:entities') return literalModule(packEntities(compiled.aliasIndex.entities), files);
        const data = moduleData(args.path, compiled);
        // JSON.parse of one string is smaller than an object literal, and quicker for the engine to load.
        const literal = JSON.stringify(data).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
        return { contents: `export default JSON.parse('${literal}');`, loader: 'js', watchFiles: files };
      });
    },
  };
}

const literalModule = (data: unknown, watchFiles: string[]) => ({ contents: `export default ${JSON.stringify(data)};`, loader: 'js' as const, watchFiles });

/**
 * The content script needs only the entities (id, kind, prominence) and the stories' labels and names beside
 * its tables; the aliases stay with the build and the background.
 */
function moduleData(path: string, compiled: CompiledSeeds): unknown {
  if (path === 'backstory:alias-index') return compiled.aliasIndex;
  if (path === 'backstory:stories') return storyTable(compiled.bundle, compiled.aliasIndex);
  if (path === 'backstory:map') return mapModule(compiled.bundle);
  return compiled.bundle;
}
