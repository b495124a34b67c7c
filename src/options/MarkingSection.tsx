import { KindLegend } from '../ui/KindLegend.tsx';
import type { SectionProps } from './OptionsApp.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { t } from '../shared/i18n.ts';

const markingModes = ['calm', 'every'] as const;

export function MarkingSection({ settings, update }: SectionProps) {
  return (
    <section aria-labelledby="marking">
      <h2 id="marking">{t('optionsMarking')}</h2>
      <RadioGroup
        name="mode" legend={t('optionsHowOften')} options={markingModes} labels={{ calm: 'optionsCalm', every: 'optionsEvery' }}
        value={settings.markEveryMention ? 'every' : 'calm'}
        onChange={(mode) => void update((current) => ({ ...current, markEveryMention: mode === 'every' }))}
      />
      <fieldset>
        <legend>{t('optionsWhichKinds')}</legend>
        <p class="muted">{t('optionsLegendHint')}</p>
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
