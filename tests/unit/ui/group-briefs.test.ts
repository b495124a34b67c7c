import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../src/shared/alias-index.ts';
import { groupByKind } from '../../../src/ui/group-briefs.ts';

const item = (name: string, kind: EntityKind) => ({ name, kind });

describe('groupByKind', () => {
  it('groups people, places, organisations, documents, events in that order, each alphabetical', () => {
    const items = [item('NATO', 'organisation'), item('kyiv', 'place'), item('Zelensky', 'person'), item('Ćelje', 'place'), item('Putin', 'person'), item('Talks', 'event')];
    expect(groupByKind(items, (i) => i).map((g) => [g.kind, g.items.map((i) => i.name)])).toEqual([
      ['person', ['Putin', 'Zelensky']],
      ['place', ['Ćelje', 'kyiv']],
      ['organisation', ['NATO']],
      ['event', ['Talks']],
    ]);
  });
  it('leaves out empty kinds and copes with nothing', () => expect(groupByKind([], (i: { name: string; kind: EntityKind }) => i)).toEqual([]));
});
