import bundle from 'backstory:briefs';
import browser from 'webextension-polyfill';
import { entityKinds } from '../shared/alias-index.ts';
import { formatDate, kindPluralLabels } from '../shared/format.ts';
import { KindLegend } from '../ui/KindLegend.tsx';
import { PrivacyPromise } from '../ui/PrivacyPromise.tsx';
import { openShortcutSettings, useShortcuts } from '../ui/use-shortcuts.ts';
import { text } from './strings.ts';

const countsByKind = entityKinds
  .map((kind) => [kind, bundle.briefs.filter((brief) => brief.kind === kind).length] as const)
  .filter(([, count]) => count > 0);

export function WelcomeApp() {
  return (
    <>
      <header>
        <h1>{text.title}</h1>
        <p class="lead">{text.lead}</p>
      </header>
      <section aria-labelledby="try-it">
        <h2 id="try-it">{text.tryIt}</h2>
        <p class="muted">{text.tryHint}</p>
        <p class="sample" data-sample>
          {text.sample}
        </p>
      </section>
      <section aria-labelledby="legend">
        <h2 id="legend">{text.legend}</h2>
        <p class="muted">{text.legendHint}</p>
        <KindLegend />
      </section>
      <ShortcutSection />
      <section aria-labelledby="stories">
        <h2 id="stories">{text.stories}</h2>
        <ul class="stories">
          {bundle.stories.map((story) => (
            <li key={story.id} data-story={story.id}>
              <strong>{story.title}</strong> <span class="muted">{formatDate(story.date)} · {story.source}</span>
            </li>
          ))}
        </ul>
        <p class="muted">
          {bundle.briefs.length} {text.briefs}: {countsByKind.map(([kind, count]) => `${count} ${kindPluralLabels[kind].toLowerCase()}`).join(', ')}.
        </p>
        <p class="muted">{text.lookUp}</p>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{text.privacy}</h2>
        <PrivacyPromise />
      </section>
      <p>
        <button type="button" name="settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {text.settings}
        </button>{' '}
        <span class="muted">{text.settingsHint}</span>
      </p>
    </>
  );
}

function ShortcutSection() {
  const next = useShortcuts()?.find((shortcut) => shortcut.name === 'next-mention');
  return (
    <section aria-labelledby="keyboard">
      <h2 id="keyboard">{text.keyboard}</h2>
      {next?.keys && (
        <p data-shortcut>
          {text.shortcutBefore}
          <kbd>{next.keys}</kbd>
          {text.shortcutAfter}
        </p>
      )}
      {next && !next.keys && (
        <p data-shortcut>
          {text.unbound}{' '}
          <button type="button" name="shortcuts" onClick={() => void openShortcutSettings()}>
            {text.setShortcut}
          </button>
        </p>
      )}
    </section>
  );
}
