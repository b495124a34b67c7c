import { useEffect, useState } from 'preact/hooks';
import { cardThemes, hoverDelayRange } from '../shared/settings.ts';
import { checkDelay } from './field-input.ts';
import type { SectionProps } from './OptionsApp.tsx';
import { text } from './strings.ts';

export function HoverCardSection({ settings, update }: SectionProps) {
  const [typed, setTyped] = useState<string>();
  const checked = typed === undefined ? undefined : checkDelay(typed);
  // Another tab or the reset changed the delay: show the stored one, unless the field holds an error to fix.
  useEffect(() => {
    if (checked?.ok && checked.value !== settings.hoverDelayMs) setTyped(undefined);
  }, [settings.hoverDelayMs]);
  const onInput = (value: string) => {
    setTyped(value);
    const delay = checkDelay(value);
    if (delay.ok) void update((current) => ({ ...current, hoverDelayMs: delay.value }));
  };
  return (
    <section aria-labelledby="hover-card">
      <h2 id="hover-card">{text.hoverCard}</h2>
      <label class="field">
        {text.delay}{' '}
        <input
          type="number" name="delay" inputmode="numeric" required
          min={hoverDelayRange.min} max={hoverDelayRange.max} step={50}
          value={typed ?? String(settings.hoverDelayMs)}
          aria-invalid={checked?.ok === false}
          aria-describedby="delay-error"
          onInput={(e) => onInput(e.currentTarget.value)}
          onBlur={() => checked?.ok && setTyped(undefined)}
        />{' '}
        {text.ms}
      </label>
      <p id="delay-error" class="error" role="alert">
        {checked?.ok === false ? checked.message : ''}
      </p>
      <fieldset>
        <legend>{text.theme}</legend>
        {cardThemes.map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" value={theme} checked={settings.cardTheme === theme} onChange={() => void update((current) => ({ ...current, cardTheme: theme }))} />{' '}
            {text.themes[theme]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
