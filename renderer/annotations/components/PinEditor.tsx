import { useId } from 'react';
import { CURRENCY_CODES, type CurrencyCode } from '../../../shared/model/money';
import { useTranslate } from '../../i18n/translate';
import { LocalDateInput } from '../../components/LocalDateInput';

/** The pin kinds a user can choose (seed-only kinds such as 52-week highs are not offered). */
export const PIN_KINDS = ['target', 'fair_value', 'level', 'quote'] as const;

/** A pin kind the editor offers. */
export type PinKind = (typeof PIN_KINDS)[number];

/** The pin as the form holds it (value as typed, so a half-typed number is not lost). */
export interface PinDraft {
  mode: 'none' | 'level' | 'article-date';
  kind: PinKind;
  valueText: string;
  currency: CurrencyCode;
  asOf: string;
}

/** Props of PinEditor. */
interface PinEditorProps {
  draft: PinDraft;
  onChange: (draft: PinDraft) => void;
  error: string | null;
}

/** Choose whether and how an annotation is pinned to the chart: price level (value, currency, kind, date) or article date. */
export function PinEditor({ draft, onChange, error }: PinEditorProps) {
  const t = useTranslate();
  const id = useId();
  const set = (changes: Partial<PinDraft>) => onChange({ ...draft, ...changes });
  return (
    <fieldset className="ann-pin">
      <legend>{t('pin.label')}</legend>
      <div className="ann-pin__modes">
        {(['none', 'level', 'article-date'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={draft.mode === mode}
              onChange={() => set({ mode })}
            />
            {t(mode === 'none' ? 'pin.none' : mode === 'level' ? 'pin.level' : 'pin.date')}
          </label>
        ))}
      </div>
      {draft.mode === 'level' ? (
        <div className="ann-pin__fields">
          <label>
            {t('pin.kind')}
            <select value={draft.kind} onChange={(event) => set({ kind: event.target.value as PinKind })}>
              {PIN_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`pin.kind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('pin.value')}
            <input
              inputMode="decimal"
              value={draft.valueText}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => set({ valueText: event.target.value })}
            />
          </label>
          <label>
            {t('pin.currency')}
            <select
              value={draft.currency}
              onChange={(event) => set({ currency: event.target.value as CurrencyCode })}
            >
              {CURRENCY_CODES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
          {draft.kind === 'quote' ? (
            <label>
              {t('pin.asOf')}
              <LocalDateInput value={draft.asOf} onChange={(asOf) => set({ asOf })} />
            </label>
          ) : null}
          {error ? (
            <p id={`${id}-error`} className="ann-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
