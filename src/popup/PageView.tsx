import { listInWords, plural, t } from '../shared/i18n.ts';
import { briefLanguageNote } from '../shared/language-names.ts';
import { isActiveOn, withSite, type Settings } from '../shared/settings.ts';
import type { UpdateSettings } from '../ui/use-settings.ts';
import { richMessage } from '../ui/rich-message.tsx';
import { briefById, storyById } from './bundle.ts';
import { MentionList, type Mentioned } from './MentionList.tsx';
import { CannotRead, Loading, NoNames, Off } from './PageStates.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';
import type { PageState } from './use-page-report.ts';

/** The page's main names: people, organisations, documents and events before places (a country says little). */
const topNames = (mentioned: Mentioned[]) =>
  [...mentioned]
    .sort((a, b) => Number(a.brief.kind === 'place') - Number(b.brief.kind === 'place') || b.count - a.count)
    .slice(0, 3)
    .map((m) => m.brief.name);

/** "On this page": what the page is about, then its names; or why there are none, and what to do. */
export function PageView({ page, settings, update, inPopup }: { page: PageState; settings: Settings | undefined; update: UpdateSettings; inPopup: boolean }) {
  const heading = (
    <h1 data-view-heading tabIndex={-1}>
      {t('viewPage')}
    </h1>
  );
  if (page.status === 'loading' || !settings) return [heading, <Loading key="loading" />];
  if (page.status === 'unavailable') return [heading, <CannotRead key="unavailable" tabId={page.tabId} />];

  const { report, tabId } = page;
  const mentioned: Mentioned[] = report.mentions.flatMap((m) => {
    const brief = briefById.get(m.id);
    return brief ? [{ brief, count: m.count, marked: m.marked }] : [];
  });
  const story = report.relevance && storyById.get(report.relevance.storyId);
  const languageNote = briefLanguageNote('pageInEnglish', report.language);
  let body;
  if (!settings.enabled) body = <Off where="everywhere" onTurnOn={() => void update((current) => ({ ...current, enabled: true }))} />;
  else if (!isActiveOn(settings, report.host)) body = <Off where="site" onTurnOn={() => void update((current) => withSite(current, report.host, true))} />;
  else if (mentioned.length === 0) body = <NoNames host={report.host} />;
  else
    body = (
      <>
        <div class="about">
          {report.title && <p class="page-title">{report.title}</p>}
          {story ? (
            <p>{richMessage('aboutStory', <a href="#/story">{story.title}</a>)}</p>
          ) : (
            <p>{t('mentionsMost', listInWords(topNames(mentioned)))}</p>
          )}
          <p class="muted">{plural('namesFound', mentioned.length)}</p>
          {languageNote && <p class="muted">{languageNote}</p>}
        </div>
        <MentionList mentioned={mentioned} tabId={tabId} inPopup={inPopup} />
      </>
    );
  return (
    <>
      {heading}
      <SiteSwitch host={report.host} />
      {body}
    </>
  );
}
