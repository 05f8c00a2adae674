import { useId } from 'react';

/** One option of a ChoiceGroup. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled group of radio buttons (a fieldset with a legend, so screen readers name the group). */
export function ChoiceGroup<T extends string>(props: {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  isDisabled?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="export-dialog__group" disabled={props.isDisabled}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value} className="export-dialog__choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
