// What "On this page" says when it has no list to show: why, and the next step.
import type { ComponentChildren } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';

function State({ title, children, testId }: { title: string; children: ComponentChildren; testId: string }) {
  return (
    <section class="state" data-state={testId} aria-labelledby={`state-${testId}`}>
      <h2 id={`state-${testId}`}>{title}</h2>
      {children}
    </section>
  );
}

const Elsewhere = () => (
  <p class="next-steps">
    <a href="#/story">{t('readStory')}</a> · <a href="#/briefs">{t('searchAllBriefs')}</a>
  </p>
);

export const Loading = () => (
  <p class="muted" role="status" data-state="loading">
    {t('readingPage')}
  </p>
);

export function CannotRead({ tabId }: { tabId?: number }) {
  return (
    <State title={t('cannotRead')} testId="unavailable">
      <p>{t('cannotReadWhy')}</p>
      {tabId !== undefined && (
        <p>
          <button type="button" onClick={() => void browser.tabs.reload(tabId)}>
            {t('reloadTab')}
          </button>
        </p>
      )}
      <Elsewhere />
    </State>
  );
}

export function Off({ where, onTurnOn }: { where: 'site' | 'everywhere'; onTurnOn(): void }) {
  return (
    <State title={t(where === 'site' ? 'offSite' : 'offEverywhere')} testId={`off-${where}`}>
      <p>{t(where === 'site' ? 'offSiteWhy' : 'offEverywhereWhy')}</p>
      <p>
        <button type="button" class="primary" onClick={onTurnOn}>
          {t(where === 'site' ? 'turnOnSite' : 'turnOnEverywhere')}
        </button>
      </p>
      <Elsewhere />
    </State>
  );
}

export function NoNames({ host }: { host: string }) {
  return (
    <State title={t('noNames')} testId="no-names">
      <p>{t('noNamesWhy', host || t('thisPage'))}</p>
      <Elsewhere />
    </State>
  );
}
