import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n.ts';
import { cardThemes, type CardTheme } from '../shared/settings.ts';
import { checkDelay } from './field-input.ts';
import { RadioGroup } from './RadioGroup.tsx';
import type { SectionProps } from './OptionsApp.tsx';

const themeLabels: Record<CardTheme, MessageKey> = { page: 'themePage', system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };

export function HoverCardSection({ settings, update }: SectionProps) {
  // What the field holds while it differs from the stored delay; checked as typed, saved when committed.
  const [typed, setTyped] = useState<string>();
  const checked = typed === undefined ? undefined : checkDelay(typed);
  const commit = () => {
    if (!checked?.ok) return;
    const delay = checked.value;
    void update((current) => ({ ...current, hoverDelayMs: delay }));
  };
  // Another tab or the reset changed the delay: show the stored one, unless the field holds an error to fix.
  useEffect(() => {
    if (checked?.ok) setTyped(undefined);
  }, [settings.hoverDelayMs]);
  return (
    <section aria-labelledby="hover-card">
      <h2 id="hover-card">{t('optionsHoverCard')}</h2>
      <label class="field">
        {t('optionsDelay')}{' '}
        <input
          type="text" name="delay" inputmode="numeric" autocomplete="off" required
          value={typed ?? String(settings.hoverDelayMs)}
          aria-invalid={checked?.ok === false}
          aria-describedby="delay-error"
          onInput={(e) => setTyped(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />{' '}
        {t('optionsMs')}
      </label>
      <p id="delay-error" class="error" role="alert">
        {checked?.ok === false ? checked.message : ''}
      </p>
      <RadioGroup name="theme" legend={t('optionsTheme')} options={cardThemes} labels={themeLabels} value={settings.cardTheme} onChange={(cardTheme) => void update((current) => ({ ...current, cardTheme }))} />
    </section>
  );
}
