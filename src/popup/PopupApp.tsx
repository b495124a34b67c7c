import bundle from 'backstory:briefs';
import { useState } from 'preact/hooks';
import { kindLabels } from '../shared/format.ts';
import { BriefView } from '../ui/BriefView.tsx';
import { searchBriefs } from '../ui/search-briefs.ts';
import { BriefList } from './BriefList.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';
import { StoryView } from './StoryView.tsx';
import { usePageReport } from './use-page-report.ts';

type Tab = 'page' | 'story' | 'all';
const tabs: [Tab, string][] = [['page', 'On this page'], ['story', 'The story'], ['all', 'All briefs']];
const byId = new Map(bundle.briefs.map((brief) => [brief.id, brief]));

export function PopupApp({ tabId, briefId }: { tabId: number | undefined; briefId: string | undefined }) {
  const page = usePageReport(tabId);
  const [tab, setTab] = useState<Tab>('page');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(briefId && byId.has(briefId) ? briefId : undefined);
  const selectedBrief = selected ? byId.get(selected) : undefined;

  if (selectedBrief) {
    return (
      <>
        <header class="masthead">
          <button type="button" class="link" onClick={() => setSelected(undefined)}>
            ← Backstory
          </button>
        </header>
        <h2 class="brief-name">
          {selectedBrief.name} <span class={`kind kind-${selectedBrief.kind}`}>{kindLabels[selectedBrief.kind]}</span>
        </h2>
        <BriefView brief={selectedBrief} onSelect={setSelected} />
      </>
    );
  }

  const counts = new Map(page.status === 'ready' ? page.report.mentions.map((m) => [m.id, m.count]) : []);
  const mentioned = [...counts.keys()].flatMap((id) => byId.get(id) ?? []);
  return (
    <>
      <header class="masthead">
        <h1>Backstory</h1>
        {page.status === 'ready' && <p class="host">{page.report.host}</p>}
      </header>
      {page.status === 'ready' && <SiteSwitch host={page.report.host} />}
      <nav class="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} key={id} onClick={() => setTab(id)}>
            {label}
            {id === 'page' && page.status === 'ready' ? ` (${mentioned.length})` : ''}
          </button>
        ))}
      </nav>
      <section role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'page' && page.status === 'loading' && <p class="muted">Reading the page…</p>}
        {tab === 'page' && page.status === 'unavailable' && (
          <p class="muted">Backstory cannot read this tab: browser pages and add-on stores are off limits, and pages opened before Backstory was installed need a reload.</p>
        )}
        {tab === 'page' && page.status === 'ready' && mentioned.length === 0 && (
          <p class="muted" data-testid="no-mentions">
            No names from our briefs on this page.
          </p>
        )}
        {tab === 'page' && <BriefList briefs={mentioned} counts={counts} onSelect={setSelected} />}
        {tab === 'story' && bundle.stories.map((story) => <StoryView key={story.id} story={story} />)}
        {tab === 'all' && (
          <>
            <input type="search" class="search" placeholder="Search every brief" aria-label="Search every brief" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
            <BriefList briefs={searchBriefs(bundle.briefs, query)} onSelect={setSelected} />
          </>
        )}
      </section>
    </>
  );
}
