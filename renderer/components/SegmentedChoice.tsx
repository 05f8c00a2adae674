import { useId, type ReactNode } from 'react';

/** One option of a segmented choice: its value, visible content and accessible name. */
export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  content?: ReactNode;
  /** BCP 47 tag when the label is in another language than the UI (e.g. "English" in a German UI). */
  lang?: string;
}

/** Props of SegmentedChoice. */
interface SegmentedChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
}

/** A labelled radio group drawn as a segmented control (native radios: arrow keys and names come free). */
export function SegmentedChoice<T extends string>({
  label,
  value,
  options,
  onChange,
}: SegmentedChoiceProps<T>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="segmented">
      {options.map((option) => (
        <label key={option.value} className="segmented__option" title={option.label} lang={option.lang}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
            aria-label={option.content ? option.label : undefined}
          />
          <span className="segmented__face" aria-hidden={option.content ? true : undefined}>
            {option.content ?? option.label}
          </span>
        </label>
      ))}
    </div>
  );
}
