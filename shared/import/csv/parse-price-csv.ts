import { decodeCsvBytes } from './decode-bytes';
import { detectDateFormat } from './dates';
import { detectDelimiter } from './detect-delimiter';
import { csvError, dropWarnings, makeWarning as warn, type Failure } from './messages';
import { findHeader } from './find-header';
import { detectInterval } from './interval';
import { readMetadata } from './metadata';
import { detectDecimalMark } from './numbers';
import { hasTimeOfDay, mergeIntraday } from './intraday';
import { sortUnique } from './order-bars';
import { rowsToBars } from './rows-to-bars';
import { suggest } from './suggestions';
import {
  countLines,
  DEFAULT_MAX_CSV_BYTES,
  looksLikeHtml,
  MAX_CSV_LINES,
  misshapenTolerance,
  sampleColumn,
} from './file-shape';
import { tokenizeCsv } from './tokenize';
import type { CsvParseOptions, CsvPreview, CsvPreviewOk, CsvWarning, DecimalMark } from './types';

const SAMPLE_ROWS = 400;

/** The part of parsing after decoding: text in, preview or typed failure out. */
function parseText(
  text: string,
  fileName: string,
  options: CsvParseOptions,
):
  | (Omit<CsvPreviewOk, 'detected' | 'fileName'> & {
      detected: Omit<CsvPreviewOk['detected'], 'encoding'>;
    })
  | Failure {
  if (!/\S/.test(text)) return csvError('empty', {});
  if (looksLikeHtml(text)) return csvError('no-header', { looksLike: 'html' });
  const lineCount = countLines(text);
  if (lineCount > MAX_CSV_LINES) return csvError('too-large', { lines: lineCount, maxLines: MAX_CSV_LINES });
  const sniffed = options.delimiter ? null : detectDelimiter(text);
  // No header near the top: reject before tokenising the whole file.
  if (sniffed && !sniffed.header.ok) return csvError(sniffed.header.code, {});
  const delimiter = options.delimiter ?? sniffed?.delimiter ?? ',';
  const records = tokenizeCsv(text, delimiter);
  const header = findHeader(records);
  if (!header.ok) return csvError(header.code, {});
  const { columns } = header;
  const dataRecords = records.slice(header.dataIndex);
  if (dataRecords.length === 0) return csvError('no-rows', {});
  const warnings: CsvWarning[] = [];
  const closeColumn = columns.close ?? columns.adjClose!;
  if (columns.close === undefined) warnings.push(warn('close-from-adjusted-close', {}));

  const numberColumns = [closeColumn, columns.open, columns.high, columns.low, columns.volume];
  const numberCells = numberColumns.flatMap((c) =>
    c === undefined ? [] : sampleColumn(dataRecords, c, 100),
  );
  const fallbackMark: DecimalMark = delimiter === ';' ? ',' : '.';
  const decimal = options.decimalMark
    ? { mark: options.decimalMark, isAmbiguous: false }
    : detectDecimalMark(numberCells, fallbackMark);
  if (decimal.isAmbiguous) warnings.push(warn('ambiguous-decimal-mark', { decimalMark: decimal.mark }));
  const dateCells = sampleColumn(dataRecords, columns.date!, SAMPLE_ROWS);
  const date = options.dateFormat
    ? { format: options.dateFormat, isAmbiguous: false }
    : detectDateFormat(dateCells);
  if (!date) return csvError('no-rows', { reason: 'no-readable-date' });
  if (date.isAmbiguous) warnings.push(warn('ambiguous-date-format', { dateFormat: date.format }));

  const layout = {
    columns,
    closeColumn,
    fieldCount: header.fieldCount,
    dateFormat: date.format,
    decimalMark: decimal.mark,
    hasTimeOfDay: hasTimeOfDay(dateCells),
  };
  const read = rowsToBars(dataRecords, layout);
  const lastLine = dataRecords[dataRecords.length - 1]!.line;
  const strays = read.misshapen.filter(
    (row) => !(row.line === lastLine && row.actualFields < header.fieldCount),
  );
  if (strays.length > misshapenTolerance(read.rowsRead)) {
    const first = strays[0]!;
    return csvError('wrong-field-count', {
      line: first.line,
      expectedFields: header.fieldCount,
      actualFields: first.actualFields,
    });
  }
  const { bars, droppedDuplicate, mergedRows } = layout.hasTimeOfDay
    ? mergeIntraday(read.bars, read.timeKeys)
    : { ...sortUnique(read.bars), mergedRows: 0 };
  if (bars.length === 0) return csvError('no-rows', { rowsRead: read.rowsRead });
  const stats = {
    rowsRead: read.rowsRead,
    barsKept: bars.length,
    droppedEmpty: read.droppedEmpty,
    droppedDuplicate,
    droppedUnparseable: read.droppedUnparseable,
    droppedWrongFieldCount: read.misshapen.length,
    mergedIntradayRows: mergedRows,
    firstDate: bars[0]!.time,
    lastDate: bars[bars.length - 1]!.time,
    firstClose: bars[0]!.close,
    lastClose: bars[bars.length - 1]!.close,
  };
  warnings.push(
    ...dropWarnings(
      stats,
      read.misshapen.map((row) => row.line),
    ),
  );
  const metadata = readMetadata(records.slice(0, header.headerIndex));
  const headerNames = records[header.headerIndex]!.fields.map((f) => f.trim());
  const suggestion = suggest(fileName, header.ticker, metadata, headerNames);
  const detected = {
    delimiter,
    decimalMark: decimal.mark,
    dateFormat: date.format,
    columns: { ...columns },
    headerLine: records[header.headerIndex]!.line,
    headerNames,
    interval: detectInterval(bars.map((bar) => bar.time)),
    symbolSuggestion: suggestion.symbol,
    currencySuggestion: suggestion.currency,
    listingSuggestion: suggestion.listing,
    nameSuggestion: metadata.name,
    isin: metadata.isin,
  };
  return { ok: true, detected, bars, stats, warnings };
}

/**
 * Parses a price-history CSV (Yahoo, yfinance, stooq, investing.com, German bank exports) into a
 * preview: detected layout, sorted unique bars, row counts and warnings — or a typed error.
 * Never throws: an unexpected internal failure is reported as 'no-rows' with `internal` set.
 */
export function parsePriceCsv(
  bytes: Uint8Array,
  fileName: string,
  options: CsvParseOptions = {},
): CsvPreview {
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_CSV_BYTES;
    if (bytes.length === 0) return { ...csvError('empty', {}), fileName };
    if (bytes.length > maxBytes)
      return { ...csvError('too-large', { bytes: bytes.length, maxBytes }), fileName };
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) return { ...csvError('binary-data', {}), fileName };
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const result = parseText(text, fileName, options);
    if (!result.ok) return { ...result, fileName };
    return { ...result, fileName, detected: { encoding: decoded.encoding, ...result.detected } };
  } catch (error) {
    return {
      ...csvError('no-rows', { internal: error instanceof Error ? error.message : String(error) }),
      fileName,
    };
  }
}
