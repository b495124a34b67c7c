import { KindLegend } from '../ui/KindLegend.tsx';
import type { SectionProps } from './OptionsApp.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { text } from './strings.ts';

const markingModes = ['calm', 'every'] as const;

export function MarkingSection({ settings, update }: SectionProps) {
  return (
    <section aria-labelledby="marking">
      <h2 id="marking">{text.marking}</h2>
      <RadioGroup
        name="mode" legend={text.howOften} options={markingModes} labels={{ calm: text.calm, every: text.every }}
        value={settings.markEveryMention ? 'every' : 'calm'}
        onChange={(mode) => void update((current) => ({ ...current, markEveryMention: mode === 'every' }))}
      />
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
