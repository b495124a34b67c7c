import { useEffect } from 'preact/hooks';
import { useRoute } from '../ui/use-route.ts';
import { useSettings } from '../ui/use-settings.ts';
import { BriefPage } from './BriefPage.tsx';
import { MapView } from './MapView.tsx';
import { Masthead } from './Masthead.tsx';
import { PageView } from './PageView.tsx';
import { SearchView } from './SearchView.tsx';
import { StoryView } from './StoryView.tsx';
import { usePageReport } from './use-page-report.ts';

/**
 * The popup and the full-brief tab: one app, the same views. `full` is the tab (wide, no page to read);
 * `tabId` is the tab the popup speaks for (the active one when undefined).
 */
export function App({ tabId, full }: { tabId: number | undefined; full: boolean }) {
  const { route, depth, replace, navigated } = useRoute(full ? { view: 'story' } : { view: 'page' });
  const [settings, update] = useSettings();
  const page = usePageReport(full ? null : tabId, settings);
  const view = full && route.view === 'page' ? { view: 'story' as const } : route;

  useEffect(() => {
    if (!navigated) return;
    // After a navigation the reader lands on the new view's heading; the briefs view focuses its search box itself.
    if (view.view !== 'briefs') document.querySelector<HTMLElement>('[data-view-heading]')?.focus({ preventScroll: true });
  }, [route, navigated]);

  return (
    <>
      <Masthead view={view.view} full={full} depth={depth} host={page.status === 'ready' ? page.report.host : undefined} />
      <div class="view" data-view={view.view}>
        {view.view === 'page' && <PageView page={page} settings={settings} update={update} inPopup={!full && tabId === undefined} />}
        {view.view === 'story' && <StoryView />}
        {view.view === 'briefs' && <SearchView query={view.query} onQuery={(query) => replace({ view: 'briefs', query })} />}
        {view.view === 'brief' && <BriefPage id={view.id} />}
        {view.view === 'map' && <MapView />}
      </div>
    </>
  );
}
