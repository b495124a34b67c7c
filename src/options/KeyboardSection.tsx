import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { text } from './strings.ts';

interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

// Firefox 137+ opens its shortcut page for us; Chrome's page is a tab any extension may open.
type Commands = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
const commands = browser.commands as Commands;
const openShortcutSettings = () =>
  commands.openShortcutSettings ? commands.openShortcutSettings() : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

export function KeyboardSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  useEffect(() => {
    void commands.getAll().then((all) =>
      setShortcuts(all.map((c) => ({ name: c.name ?? '', description: text.commandNames[c.name ?? ''] ?? c.description ?? c.name ?? '', keys: c.shortcut ?? '' }))),
    );
  }, []);
  return (
    <section aria-labelledby="keyboard">
      <h2 id="keyboard">{text.keyboard}</h2>
      {shortcuts && shortcuts.length === 0 && <p class="muted">{text.noCommands}</p>}
      {shortcuts && shortcuts.length > 0 && (
        <dl class="shortcuts">
          {shortcuts.map((s) => (
            <div key={s.name} data-command={s.name}>
              <dt>{s.description}</dt>
              <dd>{s.keys ? <kbd>{s.keys}</kbd> : <span class="unbound">{text.unbound}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      {shortcuts?.some((s) => !s.keys) && <p class="muted">{text.unboundHint}</p>}
      <p>
        <button type="button" onClick={() => void openShortcutSettings()}>
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
