import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../src/ui/route.ts';

const home: Route = { view: 'page' };

describe('routes', () => {
  it('reads every view from its hash', () => {
    expect(parseRoute('#/page', { view: 'story' })).toEqual({ view: 'page' });
    expect(parseRoute('#/story', home)).toEqual({ view: 'story' });
    expect(parseRoute('#/map', home)).toEqual({ view: 'map' });
    expect(parseRoute('#/briefs', home)).toEqual({ view: 'briefs', query: '' });
    expect(parseRoute('#/briefs?q=kyiv%20oblast', home)).toEqual({ view: 'briefs', query: 'kyiv oblast' });
    expect(parseRoute('#/brief/pokrovsk', home)).toEqual({ view: 'brief', id: 'pokrovsk' });
  });
  it('falls back for an empty, unknown or malformed hash', () => {
    for (const hash of ['', '#', '#/', '#/nope', '#/brief', '#/brief/', '#/brief/a/b', '#/story/x', 'page']) expect(parseRoute(hash, home), hash).toEqual(home);
  });
  it('keeps a badly escaped id as written instead of throwing', () => expect(parseRoute('#/brief/%E0%A4%A', home)).toEqual({ view: 'brief', id: '%E0%A4%A' }));
  it('round-trips every route through its href', () => {
    const routes: Route[] = [{ view: 'page' }, { view: 'story' }, { view: 'map' }, { view: 'briefs', query: '' }, { view: 'briefs', query: 'Zelensky & co?' }, { view: 'brief', id: 'a/b c' }];
    for (const route of routes) expect(parseRoute(hrefOf(route), { view: 'story' })).toEqual(route);
  });
});
