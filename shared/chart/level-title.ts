import type { UiLanguage } from '../ipc-contract';
import type { LevelKind } from '../model/level';
import { formatSignedPercent, localeTag } from '../format/locale-format';

/** The message key of a level kind's label (the texts live in the renderer's chart messages). */
export type LevelLabelKey = `chart.kind.${LevelKind}`;

/** The label key for a level kind: one label per kind, e.g. target → "Kursziel Ø" / "Target avg". */
export function levelLabelKey(kind: LevelKind): LevelLabelKey {
  return `chart.kind.${kind}`;
}

/** A price as short as it stays exact: whole amounts without cents (de 205 $ · en $205), else two decimals. */
export function formatPriceCompact(value: number, currency: string, language: UiLanguage): string {
  const isWhole = Math.abs(value - Math.round(value)) < 0.005;
  return new Intl.NumberFormat(localeTag(language), {
    style: 'currency',
    currency,
    minimumFractionDigits: isWhole ? 0 : 2,
    maximumFractionDigits: isWhole ? 0 : 2,
  }).format(value);
}

/** The title a price line carries: label, compact price and, where known, the implied move ("Kursziel Ø 205 $ · +31,6 %"). */
export function formatLevelTitle(
  label: string,
  value: number,
  currency: string,
  movePercent: number | null,
  language: UiLanguage,
): string {
  const price = formatPriceCompact(value, currency, language);
  return movePercent === null
    ? `${label} ${price}`
    : `${label} ${price} · ${formatSignedPercent(movePercent, language)}`;
}
