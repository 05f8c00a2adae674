import type { CurrencyCode } from '../model/money';
import { impliedMovePercent, type PriceLevel } from '../model/level';
import type { QuoteSeries } from '../model/quote';
import { isIsoDate, sortedUniquePoints } from './series-points';

/** The newest close on the primary scale, and whether an article stated it or an imported history holds it. */
export interface LatestClose {
  value: number;
  currency: CurrencyCode;
  asOf: string;
  from: 'article' | 'import';
  /** The stated level, when an article gave the close. */
  level?: PriceLevel;
  /** The imported file's name, when the close comes from an imported history. */
  sourceName?: string;
}

/**
 * The newest close of the primary listing from stated quotes and an imported history.
 * On the same date the article's figure wins: it is the figure the reader sees quoted.
 */
export function selectLatestClose(
  statedQuotes: readonly PriceLevel[],
  series: QuoteSeries | null,
): LatestClose | null {
  let latest: LatestClose | null = null;
  if (series) {
    const last = sortedUniquePoints(series.bars.map((bar) => ({ time: bar.time, value: bar.close }))).at(-1);
    if (last) {
      latest = {
        value: last.value,
        currency: series.currency,
        asOf: last.time,
        from: 'import',
        sourceName: series.sourceName,
      };
    }
  }
  for (const level of statedQuotes) {
    if (level.asOf === null || !isIsoDate(level.asOf)) continue;
    if (latest && latest.currency !== level.currency) continue;
    if (!latest || level.asOf >= latest.asOf) {
      latest = { value: level.value, currency: level.currency, asOf: level.asOf, from: 'article', level };
    }
  }
  return latest;
}

/**
 * The move from the latest close to a level in percent (155.74 → 205 gives +31.6),
 * or null where it means nothing: no close, another currency, or the level is itself a quote.
 */
export function impliedMoveFromClose(level: PriceLevel, latest: LatestClose | null): number | null {
  if (!latest || level.kind === 'quote' || level.currency !== latest.currency) return null;
  return impliedMovePercent(latest.value, level.value);
}
