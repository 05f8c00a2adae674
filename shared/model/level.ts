import type { CurrencyCode } from './money';

/** What a price level on the chart stands for. */
export type LevelKind = 'quote' | 'target' | 'fair_value' | 'high_52w' | 'low_52w' | 'level';

/** Where a level came from: the seed confirmations, the figure extractor, an annotation pin, or typed by the user. */
export type LevelOrigin = 'seed' | 'extracted' | 'annotation' | 'user';

/** The passage a level was read from: offsets in Unicode code points into articleText(article.blocks). */
export interface SourceSpan {
  articleId: string;
  startCodePoints: number;
  endCodePoints: number;
  /** The exact text of the span (also used to re-find it if offsets drift). */
  exact: string;
}

/** A price level or price point that an article states, in one listing's currency. */
export interface PriceLevel {
  id: string;
  kind: LevelKind;
  value: number;
  currency: CurrencyCode;
  /** Listing the price belongs to, e.g. 'NYSE:BABA' (USD) or 'FRA:AHLA' (EUR). */
  listing: string;
  /** ISO date the price refers to (a close on that day), or null for undated levels such as targets. */
  asOf: string | null;
  source: SourceSpan;
  origin: LevelOrigin;
  /** The annotation that pinned this level, when origin is 'annotation'. */
  annotationId?: string;
}

/** The primary listing the chart's price scale is in. */
export const PRIMARY_LISTING = 'NYSE:BABA';

/** Implied move in percent from `fromValue` to `toValue` (e.g. 155.74 → 205 gives 31.63). */
export function impliedMovePercent(fromValue: number, toValue: number): number {
  return ((toValue - fromValue) / fromValue) * 100;
}
