import { useState, type InputHTMLAttributes } from 'react';
import { useAppStore } from '../store/app-store';
import { datePattern, formatLocalDate, parseLocalDate } from './local-date';

/** Props of LocalDateInput: an ISO value in and out; other input attributes pass through. */
type LocalDateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  /** The ISO date, '' for an empty field, or the typed text when it is no date (so validation can say so). */
  onChange: (value: string) => void;
};

/**
 * A date field written the UI language's way (TT.MM.JJJJ in German) whatever the browser's locale: the
 * native date input follows the browser, which showed mm/dd/yyyy in a German UI.
 */
export function LocalDateInput({ value, onChange, ...rest }: LocalDateInputProps) {
  const language = useAppStore((state) => state.language);
  const [text, setText] = useState(() => formatLocalDate(value, language));
  const [shown, setShown] = useState({ value, language });
  // A value set from outside (a new draft, a language switch) replaces the text, unless it is what was
  // just typed; adjusted while rendering, as React advises, rather than in an effect.
  if (shown.value !== value || shown.language !== language) {
    setShown({ value, language });
    if (parseLocalDate(text, language) !== value) setText(formatLocalDate(value, language));
  }
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={datePattern(language)}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const typed = event.target.value.trim();
        onChange(typed === '' ? '' : (parseLocalDate(typed, language) ?? typed));
      }}
      onBlur={() => {
        const iso = parseLocalDate(text, language);
        if (iso) setText(formatLocalDate(iso, language));
      }}
    />
  );
}
