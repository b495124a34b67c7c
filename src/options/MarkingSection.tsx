import { KindLegend } from '../ui/KindLegend.tsx';
import type { SectionProps } from './OptionsApp.tsx';
import { text } from './strings.ts';

export function MarkingSection({ settings, update }: SectionProps) {
  const setEvery = (markEveryMention: boolean) => void update((current) => ({ ...current, markEveryMention }));
  return (
    <section aria-labelledby="marking">
      <h2 id="marking">{text.marking}</h2>
      <fieldset>
        <legend>{text.howOften}</legend>
        <label>
          <input type="radio" name="mode" value="calm" checked={!settings.markEveryMention} onChange={() => setEvery(false)} /> {text.calm}
        </label>
        <label>
          <input type="radio" name="mode" value="every" checked={settings.markEveryMention} onChange={() => setEvery(true)} /> {text.every}
        </label>
      </fieldset>
      <fieldset>
        <legend>{text.whichKinds}</legend>
        <p class="muted">{text.legendHint}</p>
        <KindLegend
          control={(kind, sample) => (
            <label>
              <input
                type="checkbox"
                name={`kind-${kind}`}
                checked={settings.kinds[kind]}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void update((current) => ({ ...current, kinds: { ...current.kinds, [kind]: on } }));
                }}
              />{' '}
              {sample}
            </label>
          )}
        />
      </fieldset>
    </section>
  );
}
