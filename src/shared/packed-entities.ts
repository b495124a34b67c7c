// The entity table as content.js carries it: two strings instead of an array of arrays, so
// 5,000 entities cost their ids and one character each, decoded the first time a page needs them.
import { entityKinds, prominences, type AliasIndex } from './alias-index.ts';

export interface PackedEntities {
  /** Entity ids (kebab-case, so never a space), space-separated, by position. */
  ids: string;
  /** By position, one character: '0' + kind index * prominences.length + prominence index. */
  kinds: string;
}

const ZERO = 0x30;

export function packEntities(entities: AliasIndex['entities']): PackedEntities {
  return {
    ids: entities.map(([id]) => id).join(' '),
    kinds: entities.map(([, kind, prominence]) => String.fromCharCode(ZERO + entityKinds.indexOf(kind) * prominences.length + prominences.indexOf(prominence))).join(''),
  };
}

export function unpackEntities({ ids, kinds }: PackedEntities): AliasIndex['entities'] {
  return ids.split(' ').map((id, i) => {
    const code = kinds.charCodeAt(i) - ZERO;
    return [id, entityKinds[Math.floor(code / prominences.length)]!, prominences[code % prominences.length]!];
  });
}
