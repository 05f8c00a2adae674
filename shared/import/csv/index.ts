/** Price-history CSV import: bytes in, a preview to confirm, then a QuoteSeries. */
export { parsePriceCsv, DEFAULT_MAX_CSV_BYTES, MAX_CSV_LINES, misshapenTolerance } from './parse-price-csv';
export { toQuoteSeries } from './to-quote-series';
export type {
  ColumnMap,
  ColumnRole,
  CsvConfirmation,
  CsvDateFormat,
  CsvDelimiter,
  CsvDetected,
  CsvEncoding,
  CsvError,
  CsvErrorCode,
  CsvParseOptions,
  CsvPreview,
  CsvPreviewOk,
  CsvStats,
  CsvWarning,
  CsvWarningCode,
  DecimalMark,
} from './types';
