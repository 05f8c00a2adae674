import type { CurrencyCode } from './money';

/** One daily (or weekly/monthly) bar of a price history. `time` is an ISO date. */
export interface QuoteBar {
  time: string;
  close: number;
  open?: number;
  high?: number;
  low?: number;
  volume?: number;
}

/** How often a price history has a bar. */
export type QuoteInterval = 'daily' | 'weekly' | 'monthly' | 'irregular';

/** A price history for one listing, sorted by time with unique times. */
export interface QuoteSeries {
  /** Listing id, e.g. 'NYSE:BABA'. */
  listing: string;
  symbol: string;
  currency: CurrencyCode;
  interval: QuoteInterval;
  bars: QuoteBar[];
  /** Where the history came from (file name), shown in the chart legend. */
  sourceName: string;
  importedAtMs: number;
}
