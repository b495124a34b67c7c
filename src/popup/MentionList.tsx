import { useState } from 'preact/hooks';
import type { Brief } from '../shared/briefs.ts';
import { kindPluralLabels } from '../shared/format.ts';
import { plural, t } from '../shared/i18n.ts';
import { call, type ContentCalls } from '../shared/messages.ts';
import { groupByKind } from '../ui/group-briefs.ts';
import { hrefOf } from '../ui/route.ts';
import { pageSender } from './use-page-report.ts';

export interface Mentioned {
  brief: Brief;
  count: number;
  marked?: number;
}


/** The page's names by kind, the most mentioned first, each with its counts, a line of summary and Show on page. */
export function MentionList({ mentioned, tabId, inPopup }: { mentioned: Mentioned[]; tabId: number; inPopup: boolean }) {
  const [notice, setNotice] = useState<{ id: string; text: string }>();
  const show = async (brief: Brief) => {
    const shown = await call<ContentCalls, 'show-mention'>(pageSender(tabId), { type: 'show-mention', id: brief.id }).catch(() => false);
    if (shown && inPopup) window.close();
    setNotice({ id: brief.id, text: shown ? t('shownOnPage', brief.name) : t('notMarkedAnyMore', brief.name) });
  };
  const groups = groupByKind(mentioned, (m) => m.brief).map((g) => ({ ...g, items: g.items.sort((a, b) => (b.marked ?? b.count) - (a.marked ?? a.count)) }));
  const countsHelp = t('countsHelp');
  return (
    <>
      <p class="muted small" id="counts-help">
        {countsHelp}
      </p>
      {groups.map((group) => (
        <section key={group.kind} class="group" aria-labelledby={`group-${group.kind}`}>
          <h2 id={`group-${group.kind}`}>
            {kindPluralLabels[group.kind]} <span class="muted">{t('groupCount', group.items.length)}</span>
          </h2>
          <ul class="mentions">
            {group.items.map(({ brief, count, marked }) => (
              <li key={brief.id} data-brief={brief.id} class={`mention kind-${brief.kind}`}>
                <a class="name" href={hrefOf({ view: 'brief', id: brief.id })}>
                  {brief.name}
                </a>
                <span class="counts" title={countsHelp} aria-describedby="counts-help">
                  {marked === undefined ? plural('countMentions', count) : plural('countMarked', count, marked)}
                </span>
                <span class="line">{brief.summary}</span>
                <button type="button" class="show-on-page" aria-label={t('showOnPageLabel', brief.name)} disabled={marked === 0} onClick={() => void show(brief)}>
                  {t('showOnPage')}
                </button>
                {notice?.id === brief.id && (
                  <span class="notice" role="status">
                    {notice.text}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
