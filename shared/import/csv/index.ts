// Price-history CSV import: bytes in, a preview to confirm, then a QuoteSeries.
//
//   const preview = parsePriceCsv(bytes, fileName);        // pure; runs in the utility process or the web host
//   if (!preview.ok) show(preview.error.code, preview.error.values);   // typed, never thrown
//   else confirm(preview.detected, preview.stats, preview.warnings);   // plain data: survives IPC/structuredClone
//   const series = toQuoteSeries(preview, { symbol, currency, listing }, Date.now());
//
// A wrong guess is corrected by parsing again with CsvParseOptions (delimiter, decimalMark, dateFormat).

export { parsePriceCsv } from './parse-price-csv';
export { DEFAULT_MAX_CSV_BYTES, MAX_CSV_LINES, misshapenTolerance } from './file-shape';
export { toQuoteSeries } from './to-quote-series';
export { CSV_DATE_FORMATS } from './dates';
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
