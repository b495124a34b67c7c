// Modules the build makes from seeds/ (src/build/seed-plugin.ts).
declare module 'backstory:alias-index' {
  const index: import('./alias-index.ts').AliasIndex;
  export default index;
}
declare module 'backstory:entities' {
  const entities: import('./packed-entities.ts').PackedEntities;
  export default entities;
}
declare module 'backstory:stories' {
  const stories: import('./page-relevance.ts').StoryEntry[];
  export default stories;
}
declare module 'backstory:matcher-tables' {
  const tables: import('../matcher/tables.ts').MatcherTables;
  export default tables;
}
declare module 'backstory:alias-starts' {
  /** The matcher's prefilter (src/matcher/prefilter.ts). */
  const prefilter: import('../matcher/prefilter.ts').PrefilterTrie;
  export default prefilter;
}
declare module 'backstory:briefs' {
  const bundle: import('./briefs.ts').BriefBundle;
  export default bundle;
}
declare module '*.css' {
  const text: string;
  export default text;
}
declare module 'backstory:map' {
  const map: import('./map-data.ts').MapData;
  export default map;
}
