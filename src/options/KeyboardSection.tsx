import { openShortcutSettings, useShortcuts } from '../ui/use-shortcuts.ts';
import { t } from '../shared/i18n.ts';

export function KeyboardSection() {
  const shortcuts = useShortcuts();
  return (
    <section aria-labelledby="keyboard">
      <h2 id="keyboard">{t('optionsKeyboard')}</h2>
      {shortcuts && shortcuts.length === 0 && <p class="muted">{t('optionsNoCommands')}</p>}
      {shortcuts && shortcuts.length > 0 && (
        <dl class="shortcuts">
          {shortcuts.map((s) => (
            <div key={s.name} data-command={s.name}>
              <dt>{(s.name === '_execute_action' ? t('commandOpenPopup') : s.description || s.name)}</dt>
              <dd>{s.keys ? <kbd>{s.keys}</kbd> : <span class="unbound">{t('optionsUnbound')}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      {shortcuts?.some((s) => !s.keys) && <p class="muted">{t('optionsUnboundHint')}</p>}
      <p>
        <button type="button" name="shortcuts" onClick={() => void openShortcutSettings()}>
          {t('optionsChangeShortcuts')}
        </button>
      </p>
      <ul class="how">
        <li>{t('optionsChromeHow')}</li>
        <li>{t('optionsFirefoxHow')}</li>
      </ul>
    </section>
  );
}
