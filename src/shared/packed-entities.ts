// The entity table as content.js carries it: two strings instead of an array of arrays, so
// 5,000 entities cost their ids and one character each, decoded the first time a page needs them.
// Each id is written as how much it shares with the one before and the rest ("trump",
// "trump-cabinet-meeting-2025": "Atrump F-cabinet-meeting-2025").
import { entityKinds, prominences, type AliasIndex } from './alias-index.ts';

export interface PackedEntities {
  /** By position, space-separated (ids are kebab-case): 'A' + how many units it shares with the one before (up to SHARED_MAX), then the rest. */
  ids: string;
  /** By position, one character: '0' + kind index * prominences.length + prominence index. */
  kinds: string;
}

const ZERO = 0x30;
const SHARED = 0x41;
const SHARED_MAX = 60;

export function packEntities(entities: AliasIndex['entities']): PackedEntities {
  return {
    ids: entities.map(([id], i) => frontCoded(id, i === 0 ? '' : entities[i - 1]![0])).join(' '),
    kinds: entities.map(([, kind, prominence]) => String.fromCharCode(ZERO + entityKinds.indexOf(kind) * prominences.length + prominences.indexOf(prominence))).join(''),
  };
}

function frontCoded(id: string, previous: string): string {
  let shared = 0;
  while (shared < SHARED_MAX && shared < id.length && id.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
  return String.fromCharCode(SHARED + shared) + id.slice(shared);
}

export function unpackEntities({ ids, kinds }: PackedEntities): AliasIndex['entities'] {
  if (ids === '') return [];
  let previous = '';
  return ids.split(' ').map((coded, i) => {
    const id = (previous = previous.slice(0, coded.charCodeAt(0) - SHARED) + coded.slice(1));
    const code = kinds.charCodeAt(i) - ZERO;
    return [id, entityKinds[Math.floor(code / prominences.length)]!, prominences[code % prominences.length]!];
  });
}
