import { openShortcutSettings, useShortcuts } from '../ui/use-shortcuts.ts';
import { text } from './strings.ts';

export function KeyboardSection() {
  const shortcuts = useShortcuts();
  return (
    <section aria-labelledby="keyboard">
      <h2 id="keyboard">{text.keyboard}</h2>
      {shortcuts && shortcuts.length === 0 && <p class="muted">{text.noCommands}</p>}
      {shortcuts && shortcuts.length > 0 && (
        <dl class="shortcuts">
          {shortcuts.map((s) => (
            <div key={s.name} data-command={s.name}>
              <dt>{text.commandNames[s.name] ?? (s.description || s.name)}</dt>
              <dd>{s.keys ? <kbd>{s.keys}</kbd> : <span class="unbound">{text.unbound}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      {shortcuts?.some((s) => !s.keys) && <p class="muted">{text.unboundHint}</p>}
      <p>
        <button type="button" name="shortcuts" onClick={() => void openShortcutSettings()}>
          {text.changeShortcuts}
        </button>
      </p>
      <ul class="how">
        <li>{text.chromeHow}</li>
        <li>{text.firefoxHow}</li>
      </ul>
    </section>
  );
}
