import { detectDateFormat } from './dates';
import { detectDelimiter } from './detect-delimiter';
import { countLines, looksLikeHtml, MAX_CSV_LINES, sampleColumn } from './file-shape';
import { findHeader, type HeaderFound } from './find-header';
import { hasTimeOfDay } from './intraday';
import { csvError, makeWarning, type Failure } from './messages';
import { detectDecimalMark } from './numbers';
import type { RowLayout } from './rows-to-bars';
import { tokenizeCsv, type CsvRecord } from './tokenize';
import type { CsvDelimiter, CsvParseOptions, CsvWarning, DecimalMark } from './types';

const DATE_SAMPLES = 400;
const NUMBER_SAMPLES_PER_COLUMN = 100;

/** Everything decided about a file before its rows are read. */
export interface CsvLayout {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  header: HeaderFound;
  dataRecords: CsvRecord[];
  rows: RowLayout;
  warnings: CsvWarning[];
}

/**
 * Works out delimiter, header, decimal mark and date format of decoded text (each may be overridden by
 * the user through `options`), or says why the text is no price table.
 */
export function detectLayout(
  text: string,
  options: CsvParseOptions,
): { ok: true; layout: CsvLayout } | Failure {
  if (!/\S/.test(text)) return csvError('empty', {});
  if (looksLikeHtml(text)) return csvError('no-header', { looksLike: 'html' });
  const lineCount = countLines(text);
  if (lineCount > MAX_CSV_LINES)
    return csvError('too-many-lines', { lines: lineCount, maxLines: MAX_CSV_LINES });
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
  if (columns.close === undefined) warnings.push(makeWarning('close-from-adjusted-close', {}));

  const numberColumns = [closeColumn, columns.open, columns.high, columns.low, columns.volume];
  const numberCells = numberColumns.flatMap((c) =>
    c === undefined ? [] : sampleColumn(dataRecords, c, NUMBER_SAMPLES_PER_COLUMN),
  );
  // Without a telling cell: a ';' file is German-style, anything else international.
  const fallbackMark: DecimalMark = delimiter === ';' ? ',' : '.';
  const decimal = options.decimalMark
    ? { mark: options.decimalMark, isAmbiguous: false }
    : detectDecimalMark(numberCells, fallbackMark);
  if (decimal.isAmbiguous)
    warnings.push(makeWarning('ambiguous-decimal-mark', { decimalMark: decimal.mark }));
  const dateCells = sampleColumn(dataRecords, columns.date!, DATE_SAMPLES);
  const date = options.dateFormat
    ? { format: options.dateFormat, isAmbiguous: false }
    : detectDateFormat(dateCells);
  if (!date) return csvError('no-rows', { reason: 'no-readable-date' });
  if (date.isAmbiguous) warnings.push(makeWarning('ambiguous-date-format', { dateFormat: date.format }));

  const rows: RowLayout = {
    columns,
    closeColumn,
    fieldCount: header.fieldCount,
    dateFormat: date.format,
    decimalMark: decimal.mark,
    hasTimeOfDay: hasTimeOfDay(dateCells),
  };
  return { ok: true, layout: { delimiter, records, header, dataRecords, rows, warnings } };
}
