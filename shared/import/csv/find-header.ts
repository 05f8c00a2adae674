import { hasPriceColumn, mapColumns, normalizeHeaderName } from './column-roles';
import type { CsvRecord } from './tokenize';
import type { ColumnMap } from './types';

/** Where the header is and what it says. */
export interface HeaderFound {
  ok: true;
  /** Index into the records of the header record. */
  headerIndex: number;
  /** Index of the first data record (after yfinance's Ticker/Date rows). */
  dataIndex: number;
  columns: ColumnMap;
  /** Ticker from a yfinance "Ticker,BABA,…" row, if any. */
  ticker: string | null;
  /** Number of fields the header defines (trailing empty cells not counted). */
  fieldCount: number;
}

/** Why no header was found: a column was missing, or nothing looked like a header. */
export type HeaderResult =
  HeaderFound | { ok: false; code: 'no-header' | 'no-date-column' | 'no-price-column' };

const MAX_HEADER_SEARCH = 200;
// No price export has more columns than this; wider records (a line of 5 million commas) are not headers,
// and skipping them keeps a hostile file from costing a role lookup per cell.
const MAX_HEADER_FIELDS = 100;

/** Header width without trailing empty cells (some exports end every line with the delimiter). */
function widthOf(fields: readonly string[]): number {
  let width = fields.length;
  while (width > 1 && fields[width - 1]!.trim() === '') width--;
  return width;
}

/** yfinance ≥ 0.2.51 writes "Price,Adj Close,…" / "Ticker,BABA,…" / "Date,,,,": the date column is unnamed. */
function yfinanceHeader(records: readonly CsvRecord[], index: number): HeaderFound | null {
  const fields = records[index]!.fields;
  const next = records[index + 1]?.fields;
  if (normalizeHeaderName(fields[0] ?? '') !== 'price' || !next) return null;
  if (normalizeHeaderName(next[0] ?? '') !== 'ticker') return null;
  const shifted = mapColumns(fields.slice(1));
  const columns: ColumnMap = { date: 0 };
  for (const [role, column] of Object.entries(shifted)) columns[role as keyof ColumnMap] = column + 1;
  if (!hasPriceColumn(columns)) return null;
  let dataIndex = index + 2;
  const dateRow = records[dataIndex]?.fields;
  if (
    dateRow &&
    normalizeHeaderName(dateRow[0] ?? '') === 'date' &&
    dateRow.slice(1).every((c) => !c.trim())
  ) {
    dataIndex++;
  }
  const ticker = next[1]?.trim() || null;
  return { ok: true, headerIndex: index, dataIndex, columns, ticker, fieldCount: widthOf(fields) };
}

/**
 * Finds the header: the first record (within the first 200) that names a date column and a price column.
 * Metadata lines above it (bank exports) are skipped. When no record qualifies, the error says which
 * column was missing in the most header-like record.
 */
export function findHeader(records: readonly CsvRecord[]): HeaderResult {
  let sawDateOnly = false;
  let sawPriceOnly = false;
  const limit = Math.min(records.length, MAX_HEADER_SEARCH);
  for (let i = 0; i < limit; i++) {
    const fields = records[i]!.fields;
    if (fields.length < 2 || fields.length > MAX_HEADER_FIELDS) continue;
    const yfinance = yfinanceHeader(records, i);
    if (yfinance) return yfinance;
    const columns = mapColumns(fields);
    const hasDate = columns.date !== undefined;
    const hasPrice = hasPriceColumn(columns);
    // pandas writes an unnamed index column (",Open,High,…"): the dates are in column 0.
    const isPandasIndex = !hasDate && hasPrice && fields[0]!.trim() === '' && columns.close !== 0;
    if (isPandasIndex) columns.date = 0;
    if ((hasDate || isPandasIndex) && hasPrice) {
      return {
        ok: true,
        headerIndex: i,
        dataIndex: i + 1,
        columns,
        ticker: null,
        fieldCount: widthOf(fields),
      };
    }
    if (hasDate && widthOf(fields) >= 2) sawDateOnly = true;
    if (hasPrice) sawPriceOnly = true;
  }
  if (sawDateOnly) return { ok: false, code: 'no-price-column' };
  if (sawPriceOnly) return { ok: false, code: 'no-date-column' };
  return { ok: false, code: 'no-header' };
}
