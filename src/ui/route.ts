// The views of the popup and the full-brief tab, as hash routes: #/page, #/story, #/briefs?q=…, #/brief/ID, #/map.
export type Route = { view: 'page' } | { view: 'story' } | { view: 'briefs'; query: string } | { view: 'brief'; id: string } | { view: 'map' };

export type View = Route['view'];

/** What a hash names; anything unknown is `fallback` (an old link, a typo), so the app always shows a view. */
export function parseRoute(hash: string, fallback: Route): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeSafely);
  switch (parts[0]) {
    case 'page':
    case 'story':
    case 'map':
      return parts.length === 1 ? { view: parts[0] } : fallback;
    case 'briefs':
      return parts.length === 1 ? { view: 'briefs', query: new URLSearchParams(search).get('q') ?? '' } : fallback;
    case 'brief':
      return parts.length === 2 && parts[1] ? { view: 'brief', id: parts[1] } : fallback;
    default:
      return fallback;
  }
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'brief':
      return `#/brief/${encodeURIComponent(route.id)}`;
    case 'briefs':
      return route.query ? `#/briefs?${new URLSearchParams({ q: route.query })}` : '#/briefs';
    default:
      return `#/${route.view}`;
  }
}

function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
