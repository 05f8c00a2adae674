import type { CsvDetected } from '../../shared/import/csv';

const LISTING = /^[A-Z0-9]{1,12}:[A-Z0-9.-]{1,20}$/u;

/** Whether the user's listing reads as EXCHANGE:SYMBOL (e.g. NYSE:BABA, FRA:AHLA, HKEX:9988). */
export function isValidListing(listing: string): boolean {
  return LISTING.test(listing.trim().toUpperCase());
}

/** The listing the preview proposes: the parser's suggestion, else NYSE:<symbol> for US tickers, else ''. */
export function listingDefault(
  detected: Pick<CsvDetected, 'listingSuggestion' | 'symbolSuggestion'>,
): string {
  if (detected.listingSuggestion) return detected.listingSuggestion;
  const symbol = detected.symbolSuggestion?.toUpperCase() ?? '';
  return /^[A-Z]{1,5}$/u.test(symbol) ? `NYSE:${symbol}` : '';
}
