import type { CsvError, CsvErrorCode, CsvStats, CsvWarning, CsvWarningCode } from './types';

/** A rejection before the file name is attached. */
export type Failure = { ok: false; error: CsvError };

type Values = Record<string, string | number>;

// English texts for logs and tests; the UI translates by code and fills in the same values.
const ERROR_TEXT: Record<CsvErrorCode, (v: Values) => string> = {
  empty: () => 'The file is empty.',
  'too-large': (v) => `The file is larger than the limit (${v.bytes} of ${v.maxBytes} bytes).`,
  'too-many-lines': (v) => `The file has ${v.lines} lines; a price history may have ${v.maxLines}.`,
  'binary-data': () => 'The file holds binary data, not text.',
  'no-header': (v) =>
    v.looksLike === 'html'
      ? 'This is a web page (HTML), not a CSV price history.'
      : 'No header line with a date and a price column was found.',
  'no-date-column': () => 'No date column was found (expected e.g. "Date" or "Datum").',
  'no-price-column': () => 'No price column found (expected e.g. "Close", "Schlusskurs" or "Zuletzt").',
  'wrong-field-count': (v) =>
    `CSV row ${v.line} has the wrong number of fields (${v.actualFields} instead of ${v.expectedFields}).`,
  'no-rows': (v) =>
    v.internal !== undefined
      ? `The file could not be read (${v.internal}).`
      : v.reason === 'no-readable-date'
        ? 'No row has a date in a recognised format.'
        : 'The file has no row with a date and a price.',
};

const WARNING_TEXT: Record<CsvWarningCode, (v: Values) => string> = {
  'rows-dropped-empty': (v) => `${v.count} rows without a price were skipped.`,
  'rows-dropped-duplicate': (v) => `${v.count} rows repeat a date and were skipped (the first one is kept).`,
  'rows-dropped-unparseable': (v) => `${v.count} rows could not be read and were skipped.`,
  'row-wrong-field-count': (v) =>
    `${v.count} rows had the wrong number of fields and were skipped (lines ${v.lines}).`,
  'ambiguous-date-format': (v) => `The date format could not be told for sure; ${v.dateFormat} was assumed.`,
  'ambiguous-decimal-mark': (v) =>
    `The decimal mark could not be told for sure; "${v.decimalMark}" was assumed.`,
  'close-from-adjusted-close': () => 'No close column: the adjusted close is used.',
  'intraday-merged': (v) =>
    `${v.count} intraday rows were merged into daily bars (the last price of each day is its close).`,
};

/** A typed rejection with its English message. */
export function csvError(code: CsvErrorCode, values: Values): Failure {
  return { ok: false, error: { code, message: ERROR_TEXT[code](values), values } };
}

/** A warning with its English message. */
export function makeWarning(code: CsvWarningCode, values: Values): CsvWarning {
  return { code, message: WARNING_TEXT[code](values), values };
}

/** Warnings for every kind of dropped row, so the preview can say what was left out. */
export function dropWarnings(stats: CsvStats, misshapenLines: readonly number[]): CsvWarning[] {
  const warnings: CsvWarning[] = [];
  if (stats.droppedEmpty > 0) warnings.push(makeWarning('rows-dropped-empty', { count: stats.droppedEmpty }));
  if (stats.droppedDuplicate > 0)
    warnings.push(makeWarning('rows-dropped-duplicate', { count: stats.droppedDuplicate }));
  if (stats.droppedUnparseable > 0) {
    warnings.push(makeWarning('rows-dropped-unparseable', { count: stats.droppedUnparseable }));
  }
  if (stats.mergedIntradayRows > 0) {
    warnings.push(makeWarning('intraday-merged', { count: stats.mergedIntradayRows }));
  }
  if (misshapenLines.length > 0) {
    const lines = misshapenLines.slice(0, 10).join(', ') + (misshapenLines.length > 10 ? ', …' : '');
    warnings.push(makeWarning('row-wrong-field-count', { count: misshapenLines.length, lines }));
  }
  return warnings;
}
