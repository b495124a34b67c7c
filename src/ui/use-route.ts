// Hash routing with history: every view is a history entry that remembers its scroll position, so Back
// (the browser's or ours) returns to the previous view where the reader left it, and a reload keeps the view.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { hrefOf, parseRoute, type Route } from './route.ts';

interface EntryState {
  /** How many views of ours came before this one. */
  depth: number;
  scroll?: number;
}

const entryState = (): EntryState | undefined => {
  const state = history.state as Partial<EntryState> | null;
  return typeof state?.depth === 'number' ? (state as EntryState) : undefined;
};

export interface RouteState {
  route: Route;
  /** Views of ours before this one: 0 means Back would leave the app. */
  depth: number;
  /** Changes the current view's URL without a new history entry (the search query as it is typed). */
  replace(route: Route): void;
  /** False on the first view shown, true after any navigation (focus moves then, not on open). */
  navigated: boolean;
}

export function useRoute(fallback: Route): RouteState {
  const [route, setRoute] = useState(() => parseRoute(location.hash, fallback));
  const [depth, setDepth] = useState(() => entryState()?.depth ?? 0);
  const [navigated, setNavigated] = useState(false);
  const pendingScroll = useRef<number | undefined>(entryState()?.scroll);

  useEffect(() => {
    history.scrollRestoration = 'manual';
    if (!entryState()) history.replaceState({ depth: 0 } satisfies EntryState, '');
    let last = entryState()!.depth;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const onHashChange = () => {
      clearTimeout(saveTimer);
      const known = entryState();
      // A new entry (a link was followed) has no state yet; one we return to has its depth and scroll.
      if (!known) history.replaceState({ depth: last + 1 } satisfies EntryState, '');
      last = entryState()!.depth;
      pendingScroll.current = known?.scroll ?? 0;
      setDepth(last);
      setNavigated(true);
      setRoute(parseRoute(location.hash, fallback));
    };
    const saveScroll = () => {
      clearTimeout(saveTimer);
      history.replaceState({ ...entryState()!, scroll: Math.round(scrollY) } satisfies EntryState, '');
    };
    // Debounced: Firefox throttles replaceState when it is called on every scroll event. A click or Enter
    // may navigate before the debounce ends, so they save at once.
    const onScroll = () => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveScroll, 120);
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Enter' && saveScroll();
    addEventListener('hashchange', onHashChange);
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('click', saveScroll, true);
    addEventListener('keydown', onKey, true);
    return () => {
      clearTimeout(saveTimer);
      removeEventListener('hashchange', onHashChange);
      removeEventListener('scroll', onScroll);
      removeEventListener('click', saveScroll, true);
      removeEventListener('keydown', onKey, true);
    };
  }, []);

  useLayoutEffect(() => {
    if (pendingScroll.current === undefined) return;
    scrollTo(0, pendingScroll.current);
    pendingScroll.current = undefined;
  }, [route]);

  const replace = (next: Route) => {
    history.replaceState(history.state, '', hrefOf(next));
    setRoute(next);
  };
  return { route, depth, replace, navigated };
}
