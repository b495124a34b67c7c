import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/build/compile-seeds.ts';
import { readSeeds } from '../../../src/build/read-seeds.ts';
import { entityKinds, prominences, type AliasIndex } from '../../../src/shared/alias-index.ts';
import { packEntities, unpackEntities } from '../../../src/shared/packed-entities.ts';

describe('the packed entity table', () => {
  it('gives back the seeds’ entities exactly, after a JSON round trip', () => {
    const { entities } = compileSeeds(readSeeds('seeds')).aliasIndex;
    expect(unpackEntities(JSON.parse(JSON.stringify(packEntities(entities))))).toEqual(entities);
  });

  it('keeps every kind and prominence apart, in one printable character', () => {
    const entities: AliasIndex['entities'] = entityKinds.flatMap((kind) => prominences.map((p): AliasIndex['entities'][number] => [`${kind}-${p}`, kind, p]));
    const packed = packEntities(entities);
    expect(packed.kinds).toMatch(/^[0-9]+$/);
    expect(unpackEntities(packed)).toEqual(entities);
  });
});
