import { entityKinds } from '../shared/alias-index.ts';
import { kindLabels } from '../shared/format.ts';
import { defaultSettings, hoverDelayRange } from '../shared/settings.ts';
import { useSettings } from '../ui/use-settings.ts';

export function OptionsApp() {
  const [settings, save] = useSettings();
  return (
    <>
      <h1>Backstory settings</h1>
      <p class="muted">Backstory works offline: it sends nothing anywhere and collects nothing. Changes apply to open tabs at once.</p>
      <fieldset>
        <legend>What to mark</legend>
        <label>
          <input type="radio" name="mode" checked={!settings.markEveryMention} onChange={() => save({ ...settings, markEveryMention: false })} />
          Calm: the first mention of each name in each section
        </label>
        <label>
          <input type="radio" name="mode" checked={settings.markEveryMention} onChange={() => save({ ...settings, markEveryMention: true })} />
          Every mention
        </label>
        {entityKinds.map((kind) => (
          <label key={kind}>
            <input type="checkbox" name={`kind-${kind}`} checked={settings.kinds[kind]} onChange={(e) => save({ ...settings, kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })} />
            {kindLabels[kind]}s
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Hover card</legend>
        <label>
          Open after resting on a name for{' '}
          <input type="number" name="delay" min={hoverDelayRange.min} max={hoverDelayRange.max} step={50} value={settings.hoverDelayMs} onChange={(e) => save({ ...settings, hoverDelayMs: Number(e.currentTarget.value) })} /> ms
        </label>
      </fieldset>
      {settings.disabledSites.length > 0 && (
        <fieldset>
          <legend>Off on these sites</legend>
          {settings.disabledSites.map((site) => (
            <label key={site}>
              {site}{' '}
              <button type="button" onClick={() => save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                Turn back on
              </button>
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" onClick={() => save({ ...defaultSettings, kinds: { ...defaultSettings.kinds }, disabledSites: [] })}>
        Reset to defaults
      </button>
    </>
  );
}
