import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n.ts';
import { siteModes, type Settings, type SiteMode } from '../shared/settings.ts';
import { checkSite } from './field-input.ts';
import { RadioGroup } from './RadioGroup.tsx';
import type { SectionProps } from './OptionsApp.tsx';

type ListField = 'offSites' | 'onlySites';
const siteModeLabels: Record<SiteMode, MessageKey> = { everywhere: 'siteModeEverywhere', 'except-listed': 'siteModeExceptListed', 'only-listed': 'siteModeOnlyListed' };

export function SitesSection({ settings, update }: SectionProps) {
  const field: ListField | undefined = settings.siteMode === 'except-listed' ? 'offSites' : settings.siteMode === 'only-listed' ? 'onlySites' : undefined;
  return (
    <section aria-labelledby="sites">
      <h2 id="sites">{t('optionsSites')}</h2>
      <RadioGroup name="site-mode" legend={t('optionsWhere')} options={siteModes} labels={siteModeLabels} value={settings.siteMode} onChange={(siteMode) => void update((current) => ({ ...current, siteMode }))} />
      {field && <SiteList field={field} settings={settings} update={update} />}
    </section>
  );
}

function SiteList({ field, settings, update }: SectionProps & { field: ListField }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const sites = settings[field];
  const change = (next: (list: string[]) => string[]) => update((current: Settings) => ({ ...current, [field]: next(current[field]) }));
  const add = (event: Event) => {
    event.preventDefault();
    const site = checkSite(typed, sites);
    if (!site.ok) return setError(site.message);
    setError('');
    setTyped('');
    void change((list) => [...new Set([...list, site.value])].sort());
  };
  const label = t(field === 'offSites' ? 'optionsOffList' : 'optionsOnlyList');
  return (
    <div class="site-list">
      <h3 id="site-list">{label}</h3>
      <p class="muted">{t('optionsSubdomains')}</p>
      {sites.length === 0 ? (
        <p class="muted">{t(field === 'onlySites' ? 'optionsRunsNowhere' : 'optionsNoSites')}</p>
      ) : (
        <ul aria-labelledby="site-list" data-sites={field}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="quiet" aria-label={t('optionsRemoveSite', site)} onClick={() => void change((list) => list.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          {t('optionsSiteName')}{' '}
          <input type="text" name="site" autocomplete="off" spellcheck={false} placeholder="example.com" value={typed} aria-invalid={error !== ''} aria-describedby="site-error" onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{t('optionsAdd')}</button>
      </form>
      <p id="site-error" class="error" role="alert">
        {error}
      </p>
    </div>
  );
}
