import type { CurrencyCode } from '../model/money';
import type { LevelKind, PriceLevel } from '../model/level';
import type { QuoteSeries } from '../model/quote';

/** One horizontal line on the chart: a distinct kind and value, with every level that states it. */
export interface ChartLine {
  id: string;
  kind: LevelKind;
  value: number;
  currency: CurrencyCode;
  /** The levels (sources) that state this value; the first is the one shown first. */
  levels: PriceLevel[];
}

/** The analysts' target range on the primary scale: lowest to highest stated target. */
export interface TargetBand {
  lowValue: number;
  highValue: number;
  currency: CurrencyCode;
  levels: PriceLevel[];
}

/** How the chart shows a set of levels: lines and band on the primary scale, everything else kept apart. */
export interface ChartLevelLayout {
  primaryListing: string;
  /** The primary scale's currency, or null when nothing on the primary listing tells it. */
  primaryCurrency: CurrencyCode | null;
  /** Non-quote levels on the primary scale, highest value first. */
  lines: ChartLine[];
  /** The target band, when at least two different targets are stated. */
  band: TargetBand | null;
  /** Closes the articles state for the primary listing, oldest first. */
  statedQuotes: PriceLevel[];
  /** Levels of other listings or currencies: never drawn on the primary scale. */
  otherListings: PriceLevel[];
}

/** The primary scale's currency: the imported history's, else the one the primary listing's levels use most. */
function primaryCurrencyOf(levels: readonly PriceLevel[], series: QuoteSeries | null, listing: string) {
  if (series) return series.currency;
  const counts = new Map<CurrencyCode, number>();
  for (const level of levels) {
    if (level.listing === listing) counts.set(level.currency, (counts.get(level.currency) ?? 0) + 1);
  }
  let best: CurrencyCode | null = null;
  for (const [currency, count] of counts)
    if (best === null || count > (counts.get(best) ?? 0)) best = currency;
  return best;
}

/** Sorts stated quotes by their date (undated last), oldest first. */
function byDate(a: PriceLevel, b: PriceLevel): number {
  return (a.asOf ?? '9999-99-99').localeCompare(b.asOf ?? '9999-99-99');
}

/**
 * Splits levels into what the primary (e.g. NYSE, USD) scale draws and what must stay apart.
 * A level is on the primary scale only when both its listing and its currency match.
 */
export function layoutChartLevels(
  levels: readonly PriceLevel[],
  primaryListing: string,
  series: QuoteSeries | null = null,
): ChartLevelLayout {
  const primaryCurrency = primaryCurrencyOf(levels, series, primaryListing);
  const valid = levels.filter((level) => Number.isFinite(level.value) && level.value > 0);
  const isPrimary = (level: PriceLevel) =>
    level.listing === primaryListing && level.currency === primaryCurrency;
  const primary = valid.filter(isPrimary);
  const otherListings = valid.filter((level) => !isPrimary(level)).sort(byDate);
  const statedQuotes = primary.filter((level) => level.kind === 'quote').sort(byDate);

  const lineByKey = new Map<string, ChartLine>();
  for (const level of primary) {
    if (level.kind === 'quote') continue;
    const key = `${level.kind}:${level.value}`;
    const line = lineByKey.get(key);
    if (line) line.levels.push(level);
    else
      lineByKey.set(key, {
        id: level.id,
        kind: level.kind,
        value: level.value,
        currency: level.currency,
        levels: [level],
      });
  }
  const lines = [...lineByKey.values()].sort((a, b) => b.value - a.value);

  const targets = primary.filter((level) => level.kind === 'target');
  const targetValues = targets.map((level) => level.value);
  const band =
    targets.length >= 2 && Math.min(...targetValues) < Math.max(...targetValues)
      ? {
          lowValue: Math.min(...targetValues),
          highValue: Math.max(...targetValues),
          currency: targets[0]?.currency ?? 'USD',
          levels: targets,
        }
      : null;
  return { primaryListing, primaryCurrency, lines, band, statedQuotes, otherListings };
}
