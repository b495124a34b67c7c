import { useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../shared/settings.ts';
import { PrivacyPromise } from '../ui/PrivacyPromise.tsx';
import { useSettings, type UpdateSettings } from '../ui/use-settings.ts';
import { HoverCardSection } from './HoverCardSection.tsx';
import { KeyboardSection } from './KeyboardSection.tsx';
import { MarkingSection } from './MarkingSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { t } from '../shared/i18n.ts';

export interface SectionProps {
  settings: Settings;
  update: UpdateSettings;
}

export function OptionsApp() {
  const [settings, update] = useSettings();
  return (
    <>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
      </header>
      {settings ? <Sections settings={settings} update={update} /> : <p class="muted">{t('optionsLoading')}</p>}
    </>
  );
}

function Sections(props: SectionProps) {
  const { settings, update } = props;
  return (
    <>
      <label class="switch">
        <input type="checkbox" role="switch" name="enabled" checked={settings.enabled} onChange={(e) => {
          const enabled = e.currentTarget.checked;
          void update((current) => ({ ...current, enabled }));
        }} />{' '}
        <span>
          <strong>{t('optionsEnabled')}</strong>
          <span class="muted">{t('optionsEnabledHint')}</span>
        </span>
      </label>
      <MarkingSection {...props} />
      <HoverCardSection {...props} />
      <SitesSection {...props} />
      <KeyboardSection />
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('optionsPrivacy')}</h2>
        <PrivacyPromise />
      </section>
      <ResetSection update={update} />
    </>
  );
}

function ResetSection({ update }: { update: UpdateSettings }) {
  const [before, setBefore] = useState<Settings>();
  const reset = () =>
    void update((current) => {
      setBefore(current);
      return { ...defaultSettings };
    });
  return (
    <section aria-labelledby="reset">
      <h2 id="reset">{t('optionsReset')}</h2>
      <p class="muted">{t('optionsResetHint')}</p>
      <button type="button" name="reset" onClick={reset}>
        {t('optionsResetButton')}
      </button>
      <p role="status" class="status">
        {before && (
          <>
            {t('optionsResetDone')}{' '}
            <button type="button" class="link" name="undo" onClick={() => void update(() => before).then(() => setBefore(undefined))}>
              {t('optionsUndo')}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
