import { decodeCsvBytes } from './decode-bytes';
import { DEFAULT_MAX_CSV_BYTES, misshapenTolerance } from './file-shape';
import { mergeIntraday } from './intraday';
import { detectInterval } from './interval';
import { detectLayout, type CsvLayout } from './layout';
import { csvError, dropWarnings, type Failure } from './messages';
import { readMetadata } from './metadata';
import { sortUnique } from './order-bars';
import { rowsToBars } from './rows-to-bars';
import { suggest } from './suggestions';
import type { CsvEncoding, CsvParseOptions, CsvPreview, CsvPreviewOk } from './types';

/** Reads the rows of a detected layout into the preview: bars, counts, suggestions and warnings. */
function buildPreview(layout: CsvLayout, fileName: string, encoding: CsvEncoding): CsvPreviewOk | Failure {
  const { records, header, dataRecords, rows } = layout;
  const read = rowsToBars(dataRecords, rows);
  const lastLine = dataRecords[dataRecords.length - 1]!.line;
  // A short last row is a cut-off download, not a broken structure.
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
  const { bars, droppedDuplicate, mergedRows } = rows.hasTimeOfDay
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
  const warnings = [
    ...layout.warnings,
    ...dropWarnings(
      stats,
      read.misshapen.map((row) => row.line),
    ),
  ];
  const metadata = readMetadata(records.slice(0, header.headerIndex));
  const headerNames = records[header.headerIndex]!.fields.map((f) => f.trim());
  const suggestion = suggest(fileName, header.ticker, metadata, headerNames);
  const detected = {
    encoding,
    delimiter: layout.delimiter,
    decimalMark: rows.decimalMark,
    dateFormat: rows.dateFormat,
    columns: { ...header.columns },
    headerLine: records[header.headerIndex]!.line,
    headerNames,
    interval: detectInterval(bars.map((bar) => bar.time)),
    symbolSuggestion: suggestion.symbol,
    currencySuggestion: suggestion.currency,
    listingSuggestion: suggestion.listing,
    nameSuggestion: metadata.name,
    isin: metadata.isin,
  };
  return { ok: true, fileName, detected, bars, stats, warnings };
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
    // A second BOM inside the text (a file saved twice with one) is not part of the header.
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const detected = detectLayout(text, options);
    if (!detected.ok) return { ...detected, fileName };
    const preview = buildPreview(detected.layout, fileName, decoded.encoding);
    return preview.ok ? preview : { ...preview, fileName };
  } catch (error) {
    const internal = error instanceof Error ? error.message : String(error);
    return { ...csvError('no-rows', { internal }), fileName };
  }
}
