import bundle from 'backstory:briefs';
import { BriefList } from './BriefList.tsx';
import { usePageReport } from './use-page-report.ts';

export function PopupApp({ tabId }: { tabId: number | undefined }) {
  const page = usePageReport(tabId);
  const onPage = page.status === 'ready' ? page.report.mentions.map((m) => m.id) : [];
  const mentioned = bundle.briefs.filter((brief) => onPage.includes(brief.id));
  return (
    <>
      <header class="masthead">
        <h1>Backstory</h1>
        {page.status === 'ready' && <p class="host">{page.report.host}</p>}
      </header>
      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">On this page</h2>
        {page.status === 'loading' && <p class="muted">Reading the page…</p>}
        {page.status === 'unavailable' && <p class="muted">Backstory cannot read this tab (browser pages and the extension stores are off limits).</p>}
        {page.status === 'ready' && mentioned.length === 0 && <p class="muted" data-testid="no-mentions">No names from our briefs on this page.</p>}
        {mentioned.length > 0 && <BriefList briefs={mentioned} />}
      </section>
      <section aria-labelledby="all-briefs">
        <h2 id="all-briefs">All briefs ({bundle.briefs.length})</h2>
        <BriefList briefs={bundle.briefs} />
      </section>
    </>
  );
}
