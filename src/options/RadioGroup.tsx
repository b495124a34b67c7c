import { t, type MessageKey } from '../shared/i18n.ts';

/** One question, one answer: a fieldset of radio buttons, each labelled by its message. */
export function RadioGroup<T extends string>(props: { name: string; legend: string; options: readonly T[]; labels: Record<T, MessageKey>; value: T; onChange(value: T): void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option}>
          <input type="radio" name={props.name} value={option} checked={props.value === option} onChange={() => props.onChange(option)} /> {t(props.labels[option])}
        </label>
      ))}
    </fieldset>
  );
}
