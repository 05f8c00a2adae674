import type { QuoteBar } from '../../model/quote';
import { parseDateAs } from './dates';
import { timeOfDayKey } from './intraday';
import { isEmptyCell, parseNumber } from './numbers';
import type { CsvRecord } from './tokenize';
import type { ColumnMap, CsvDateFormat, DecimalMark } from './types';

/** How to read the data rows: decided once per file. */
export interface RowLayout {
  columns: ColumnMap;
  /** Column the close comes from (Close, else Adj Close). */
  closeColumn: number;
  fieldCount: number;
  dateFormat: CsvDateFormat;
  decimalMark: DecimalMark;
  /** Date cells carry a time of day (intraday exports): collect it so rows of one day can be merged. */
  hasTimeOfDay: boolean;
}

/** A row with a data-like date but the wrong number of fields. */
export interface MisshapenRow {
  line: number;
  actualFields: number;
}

/** Bars in file order (not yet sorted or de-duplicated) and what was dropped on the way. */
export interface RowsRead {
  bars: QuoteBar[];
  /** Time of day ("09:30:00") per bar when the layout has one, else empty. */
  timeKeys: string[];
  rowsRead: number;
  droppedEmpty: number;
  droppedUnparseable: number;
  misshapen: MisshapenRow[];
}

/** True when every cell except the date column says "no value" (`null`, `-`, Kein Wert vorhanden). */
function isEmptyRow(fields: readonly string[], dateColumn: number): boolean {
  for (let i = 0; i < fields.length; i++) {
    if (i !== dateColumn && !isEmptyCell(fields[i]!)) return false;
  }
  return true;
}

/** True when a cell other than the date holds a word of three letters (not a unit such as "M" or "EUR"). */
function hasWords(fields: readonly string[], dateColumn: number): boolean {
  for (let i = 0; i < fields.length; i++) {
    if (i !== dateColumn && WORD.test(fields[i]!) && !CURRENCY_WORD.test(fields[i]!)) return true;
  }
  return false;
}

const WORD = /[A-Za-zÄÖÜäöüß]{3}/;
const CURRENCY_WORD = /^[^A-Za-z]*(EUR|USD|HKD|CNY|Mio|Mrd|Tsd)\.?[^A-Za-z]*$/;

/** A field count that fits the header: equal, or longer only by empty trailing cells. */
function hasHeaderShape({ fields, extraFields }: CsvRecord, fieldCount: number): boolean {
  if (extraFields) return false;
  if (fields.length < fieldCount) return false;
  for (let i = fieldCount; i < fields.length; i++) if (fields[i]!.trim() !== '') return false;
  return true;
}

/** An optional price or volume cell: a finite value, or undefined for empty and unreadable cells. */
function optionalNumber(
  fields: readonly string[],
  column: number | undefined,
  mark: DecimalMark,
  isPrice: boolean,
) {
  if (column === undefined) return undefined;
  const cell = fields[column];
  if (cell === undefined || isEmptyCell(cell)) return undefined;
  const value = parseNumber(cell, mark);
  if (!Number.isFinite(value) || value < 0 || (isPrice && value === 0)) return undefined;
  return value;
}

/** Reads data records into bars; rows without a close are counted, never guessed. */
export function rowsToBars(records: readonly CsvRecord[], layout: RowLayout): RowsRead {
  const { columns, closeColumn, fieldCount, dateFormat, decimalMark } = layout;
  const dateColumn = columns.date ?? 0;
  const result: RowsRead = {
    bars: [],
    timeKeys: [],
    rowsRead: 0,
    droppedEmpty: 0,
    droppedUnparseable: 0,
    misshapen: [],
  };
  for (const record of records) {
    const fields = record.fields;
    result.rowsRead++;
    const dateCell = fields[dateColumn] ?? '';
    const time = parseDateAs(dateCell, dateFormat);
    // A row is empty when nothing but (at most) its date has a value, whatever its width:
    // "2026-01-05,null,null,…", "05.01.2026;Kein Wert vorhanden", ";;;;". A lone field is empty only when
    // it says so: "02.01.2026,133.89" in a ';' file is a misshapen row, not an empty one.
    const isLone = fields.length === 1;
    if (
      isLone
        ? isEmptyCell(dateCell)
        : (time !== null || isEmptyCell(dateCell)) && isEmptyRow(fields, dateColumn)
    ) {
      result.droppedEmpty++;
      continue;
    }
    if (!hasHeaderShape(record, fieldCount)) {
      // Dated rows of the wrong width are misshapen, unless they are notes: undated lines (a footer such as
      // "Alle Angaben ohne Gewähr") or dated text such as Yahoo's "Dec 11, 2025<TAB>1.05 Dividend".
      const actualFields = fields.length + (record.extraFields ?? 0);
      if (time !== null && !hasWords(fields, dateColumn))
        result.misshapen.push({ line: record.line, actualFields });
      else result.droppedUnparseable++;
      continue;
    }
    const closeCell = fields[closeColumn]!;
    if (isEmptyCell(closeCell)) {
      result.droppedEmpty++;
      continue;
    }
    const close = parseNumber(closeCell, decimalMark);
    if (time === null || !Number.isFinite(close) || close <= 0) {
      result.droppedUnparseable++;
      continue;
    }
    const bar: QuoteBar = { time, close };
    const open = optionalNumber(fields, columns.open, decimalMark, true);
    const high = optionalNumber(fields, columns.high, decimalMark, true);
    const low = optionalNumber(fields, columns.low, decimalMark, true);
    const volume = optionalNumber(fields, columns.volume, decimalMark, false);
    if (open !== undefined) bar.open = open;
    if (high !== undefined) bar.high = high;
    if (low !== undefined) bar.low = low;
    if (volume !== undefined) bar.volume = Math.round(volume);
    result.bars.push(bar);
    if (layout.hasTimeOfDay) result.timeKeys.push(timeOfDayKey(dateCell));
  }
  return result;
}
