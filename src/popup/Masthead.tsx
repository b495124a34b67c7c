import { t, type MessageKey } from '../shared/i18n.ts';
import type { View } from '../ui/route.ts';

const views: [View, MessageKey][] = [
  ['page', 'viewPage'],
  ['story', 'viewStory'],
  ['briefs', 'viewBriefs'],
  ['map', 'viewMap'],
];

/**
 * The brand, Back when there is a view of ours to go back to, and the views as plain links (the current one
 * marked with aria-current). A full-brief tab has no page to read, so it offers no "On this page".
 */
export function Masthead({ view, full, depth, host }: { view: View; full: boolean; depth: number; host?: string }) {
  return (
    <header class="masthead">
      <div class="brand-row">
        {depth > 0 && (
          <button type="button" class="back" onClick={() => history.back()}>
            {t('back')}
          </button>
        )}
        <span class="brand">{t('extName')}</span>
        {host !== undefined && <span class="host">{host}</span>}
      </div>
      <nav class="views" aria-label={t('viewsLabel')}>
        {views
          .filter(([id]) => !full || id !== 'page')
          .map(([id, label]) => (
            <a key={id} href={`#/${id}`} id={`view-${id}`} aria-current={view === id || (view === 'brief' && id === 'briefs') ? 'page' : undefined}>
              {t(label)}
            </a>
          ))}
      </nav>
    </header>
  );
}
