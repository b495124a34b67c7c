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

  it('writes each id as what it shares with the one before and the rest, however they overlap', () => {
    const long = `a-${'b'.repeat(70)}`;
    const ids = ['trump-cabinet-meeting-2025', 'trump', 'trump-2', 'putin', long, `${long}-c`, long, 'x'];
    const entities = ids.map((id): AliasIndex['entities'][number] => [id, 'person', 'specific']);
    const packed = packEntities(entities);
    expect(packed.ids.split(' ').slice(0, 3)).toEqual(['Atrump-cabinet-meeting-2025', 'F', 'F-2']);
    expect(unpackEntities(JSON.parse(JSON.stringify(packed)))).toEqual(entities);
    expect(unpackEntities(packEntities([]))).toEqual([]);
  });
});
