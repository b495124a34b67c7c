// The one way the content script reads the entity table (see packed-entities.ts).
import packed from 'backstory:entities';
import type { AliasIndex } from '../shared/alias-index.ts';
import { unpackEntities } from '../shared/packed-entities.ts';

let decoded: AliasIndex['entities'] | undefined;

/** [id, kind, prominence] by entity position; decoded on first use. */
export function entityTable(): AliasIndex['entities'] {
  return (decoded ??= unpackEntities(packed));
}
