import type { ChartPin } from '../../shared/model/annotation';
import type { PinDraft, PinKind } from './components/PinEditor';

/** A form draft for an annotation's pin (or an empty one). */
export function pinToDraft(pin: ChartPin | null, articleDate: string | null): PinDraft {
  const empty: PinDraft = {
    mode: 'none',
    kind: 'target',
    valueText: '',
    currency: 'USD',
    asOf: articleDate ?? '',
  };
  if (!pin) return empty;
  if (pin.type === 'article-date') return { ...empty, mode: 'article-date' };
  const kind: PinKind =
    pin.kind === 'fair_value' || pin.kind === 'quote' || pin.kind === 'target' ? pin.kind : 'level';
  return {
    mode: 'level',
    kind,
    valueText: String(pin.value),
    currency: pin.currency,
    asOf: pin.asOf ?? empty.asOf,
  };
}

/** Parses a typed price: German or English decimals ("205,50", "205.50"), positive and finite. */
export function parsePrice(text: string): number | null {
  const cleaned = text.trim().replace(/\s/gu, '');
  const normalized = /,\d{1,4}$/u.test(cleaned)
    ? cleaned.replace(/\./gu, '').replace(',', '.')
    : cleaned.replace(/,/gu, '');
  if (!/^\d+(\.\d+)?$/u.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** The pin a draft describes, or an error key when the price is not a positive number. */
export function draftToPin(draft: PinDraft): { pin: ChartPin | null } | { error: 'editor.badValue' } {
  if (draft.mode === 'none') return { pin: null };
  if (draft.mode === 'article-date') return { pin: { type: 'article-date' } };
  const value = parsePrice(draft.valueText);
  if (value === null) return { error: 'editor.badValue' };
  const asOf = draft.kind === 'quote' && /^\d{4}-\d{2}-\d{2}$/u.test(draft.asOf) ? draft.asOf : null;
  return { pin: { type: 'level', kind: draft.kind, value, currency: draft.currency, asOf } };
}
