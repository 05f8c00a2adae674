import type { Figure } from '../../shared/figures';
import type { ChartPin } from '../../shared/model/annotation';
import type { LevelKind, PriceLevel } from '../../shared/model/level';
import { CURRENCY_CODES, type CurrencyCode } from '../../shared/model/money';
import type { UiLanguage } from '../../shared/ipc-contract';
import { localeTag } from '../../shared/format/locale-format';

/** The kinds a figure can be pinned as, in the order the popover offers them. */
export const PINNABLE_KINDS: readonly LevelKind[] = [
  'target',
  'fair_value',
  'high_52w',
  'low_52w',
  'level',
  'quote',
];

/** A recognised figure that can become a chart level: a price of a level kind in a known currency. */
export function isPinnableFigure(figure: Figure): boolean {
  return (
    (PINNABLE_KINDS as readonly string[]).includes(figure.kind) &&
    (CURRENCY_CODES as readonly string[]).includes(figure.unit)
  );
}

/** What the popover's fields hold: the figure as recognised, then as the user corrects it. */
export interface FigureDraft {
  valueText: string;
  valueHighText: string;
  kind: LevelKind;
  currency: CurrencyCode;
  /** ISO day (YYYY-MM-DD) or ''. */
  dateIso: string;
}

/** Why a draft cannot be pinned (each names the field to fix). */
export type DraftProblem = 'value' | 'valueHigh' | 'date';

/** A number as the language writes it in an input, without grouping: de 155,74 · en 155.74. */
export function formatInputNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeTag(language), { useGrouping: false, maximumFractionDigits: 6 }).format(
    value,
  );
}

/** Reads a number typed in either notation ("155,74", "1.234,5", "1,234.5", "205"); null when it is none. */
export function parseInputNumber(text: string, language: UiLanguage): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/gu, '');
  if (!/^[+]?[\d.,]+$/u.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both marks: the later one is the decimal mark.
    normalised =
      lastComma > lastDot ? compact.replace(/\./gu, '').replace(',', '.') : compact.replace(/,/gu, '');
  } else if (lastComma >= 0) {
    normalised =
      /^\d{1,3}(,\d{3})+$/u.test(compact) && language === 'en'
        ? compact.replace(/,/gu, '')
        : compact.replace(',', '.');
  } else {
    normalised =
      /^\d{1,3}(\.\d{3})+$/u.test(compact) && language === 'de' ? compact.replace(/\./gu, '') : compact;
  }
  const value = Number(normalised);
  return Number.isFinite(value) && /^\+?\d*\.?\d+$/u.test(normalised) ? value : null;
}

/** The popover's starting fields for a figure: value, kind, currency and date as the extractor read them. */
export function draftFromFigure(
  figure: Figure,
  articleDate: string | null,
  language: UiLanguage,
): FigureDraft {
  return {
    valueText: formatInputNumber(figure.value, language),
    valueHighText: figure.valueHigh === null ? '' : formatInputNumber(figure.valueHigh, language),
    kind: (PINNABLE_KINDS as readonly string[]).includes(figure.kind) ? (figure.kind as LevelKind) : 'level',
    currency: (CURRENCY_CODES as readonly string[]).includes(figure.unit)
      ? (figure.unit as CurrencyCode)
      : 'USD',
    // Only a quote falls back to the article's date: a target's date would be invented.
    dateIso: figure.date?.toIso ?? (figure.kind === 'quote' ? (articleDate ?? '') : ''),
  };
}

function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * The chart pin a draft stands for: a quote is a point on its date, a target range a band, every other
 * kind a level (undated). Returns the field to fix instead when the draft is not valid.
 */
export function pinFromDraft(
  draft: FigureDraft,
  language: UiLanguage,
): { ok: true; pin: Extract<ChartPin, { type: 'level' }> } | { ok: false; problem: DraftProblem } {
  const value = parseInputNumber(draft.valueText, language);
  if (value === null || value <= 0) return { ok: false, problem: 'value' };
  const highText = draft.valueHighText.trim();
  const valueHigh = highText === '' ? null : parseInputNumber(highText, language);
  if (highText !== '' && (valueHigh === null || valueHigh <= value))
    return { ok: false, problem: 'valueHigh' };
  const isQuote = draft.kind === 'quote';
  if (isQuote && !isIsoDay(draft.dateIso)) return { ok: false, problem: 'date' };
  return {
    ok: true,
    pin: {
      type: 'level',
      kind: draft.kind,
      value,
      // A range is a band only for targets; a quote is one point.
      ...(valueHigh !== null && draft.kind === 'target' ? { valueHigh } : {}),
      currency: draft.currency,
      asOf: isQuote ? draft.dateIso : null,
    },
  };
}

/** The chart level already standing on this figure's passage (seed, import or an earlier pin), if any. */
export function levelOnFigure(
  levels: readonly PriceLevel[],
  articleId: string,
  figure: Figure,
): PriceLevel | null {
  return (
    levels.find(
      (level) =>
        level.source.articleId === articleId &&
        level.source.startCodePoints < figure.endCodePoints &&
        level.source.endCodePoints > figure.startCodePoints,
    ) ?? null
  );
}
