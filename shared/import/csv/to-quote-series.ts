import type { QuoteSeries } from '../../model/quote';
import type { CsvConfirmation, CsvPreviewOk } from './types';

/** Builds the stored quote series from a preview once the user confirmed symbol, currency and listing. */
export function toQuoteSeries(
  preview: CsvPreviewOk,
  confirmed: CsvConfirmation,
  importedAtMs: number,
): QuoteSeries {
  return {
    listing: confirmed.listing.trim(),
    symbol: confirmed.symbol.trim(),
    currency: confirmed.currency,
    interval: preview.detected.interval,
    // Copies, so later edits of the preview cannot change the stored series.
    bars: preview.bars.map((bar) => ({ ...bar })),
    sourceName: preview.fileName,
    importedAtMs,
  };
}
