import bundle from 'backstory:briefs';
import browser from 'webextension-polyfill';
import { entityKinds } from '../shared/alias-index.ts';
import { formatDate, kindCountKeys } from '../shared/format.ts';
import { listInWords, plural, t } from '../shared/i18n.ts';
import { KindLegend } from '../ui/KindLegend.tsx';
import { PrivacyPromise } from '../ui/PrivacyPromise.tsx';
import { openShortcutSettings, useShortcuts } from '../ui/use-shortcuts.ts';
import { richMessage } from '../ui/rich-message.tsx';

const countsByKind = entityKinds
  .map((kind) => [kind, bundle.briefs.filter((brief) => brief.kind === kind).length] as const)
  .filter(([, count]) => count > 0);

export function WelcomeApp() {
  return (
    <>
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeLead')}</p>
      </header>
      <section aria-labelledby="try-it">
        <h2 id="try-it">{t('welcomeTryIt')}</h2>
        <p class="muted">{t('welcomeTryHint')}</p>
        <p class="sample" data-sample>
          {t('welcomeSample')}
        </p>
      </section>
      <section aria-labelledby="legend">
        <h2 id="legend">{t('welcomeLegend')}</h2>
        <p class="muted">{t('welcomeLegendHint')}</p>
        <KindLegend />
      </section>
      <ShortcutSection />
      <section aria-labelledby="stories">
        <h2 id="stories">{t('welcomeStories')}</h2>
        <ul class="stories">
          {bundle.stories.map((story) => (
            <li key={story.id} data-story={story.id}>
              <strong>{story.title}</strong> <span class="muted">{t('storyByline', formatDate(story.date), story.source)}</span>
            </li>
          ))}
        </ul>
        <p class="muted">{plural('welcomeBriefCount', bundle.briefs.length, listInWords(countsByKind.map(([kind, count]) => plural(kindCountKeys[kind], count))))}</p>
        <p class="muted">{t('welcomeLookUp')}</p>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('welcomePrivacy')}</h2>
        <PrivacyPromise />
      </section>
      <p>
        <button type="button" name="settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeSettings')}
        </button>{' '}
        <span class="muted">{t('welcomeSettingsHint')}</span>
      </p>
    </>
  );
}

function ShortcutSection() {
  const next = useShortcuts()?.find((shortcut) => shortcut.name === 'next-mention');
  return (
    <section aria-labelledby="keyboard">
      <h2 id="keyboard">{t('welcomeKeyboard')}</h2>
      {next?.keys && (
        <p data-shortcut>
          {richMessage('welcomeShortcut', <kbd>{next.keys}</kbd>)}
        </p>
      )}
      {next && !next.keys && (
        <p data-shortcut>
          {t('welcomeUnbound')}{' '}
          <button type="button" name="shortcuts" onClick={() => void openShortcutSettings()}>
            {t('welcomeSetShortcut')}
          </button>
        </p>
      )}
    </section>
  );
}
