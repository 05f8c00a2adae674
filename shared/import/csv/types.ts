import type { CurrencyCode } from '../../model/money';
import type { QuoteBar, QuoteInterval } from '../../model/quote';

/** What a CSV column holds. */
export type ColumnRole = 'date' | 'open' | 'high' | 'low' | 'close' | 'adjClose' | 'volume' | 'changePercent';

/** Column index (0-based) per recognised role; roles the file lacks are absent. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** Field separators the parser recognises. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** The decimal mark a file's numbers use ("155.74" vs "155,74"). */
export type DecimalMark = '.' | ',';

/** Date layouts the parser recognises (names are for display and tests). */
export type CsvDateFormat =
  | 'YYYY-MM-DD'
  | 'YYYYMMDD'
  | 'DD.MM.YYYY'
  | 'DD.MM.YY'
  | 'MM/DD/YYYY'
  | 'DD/MM/YYYY'
  | 'DD-MM-YYYY'
  | 'D MMM YYYY'
  | 'MMM D, YYYY';

/** Text encodings the decoder tells apart. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Everything the parser worked out about a file; shown in the preview so the user can check it. */
export interface CsvDetected {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  decimalMark: DecimalMark;
  dateFormat: CsvDateFormat;
  columns: ColumnMap;
  /** 1-based line number of the header line in the decoded text. */
  headerLine: number;
  /** The header cells as written in the file. */
  headerNames: string[];
  interval: QuoteInterval;
  /** Ticker guessed from a ticker row, metadata lines or the file name; null when nothing tells. */
  symbolSuggestion: string | null;
  currencySuggestion: CurrencyCode | null;
  /** Listing id such as 'NYSE:BABA' or 'FRA:AHLA'; null when the venue is unknown. */
  listingSuggestion: string | null;
  /** Security name from metadata lines (e.g. "Alibaba Group Holding Ltd."), if any. */
  nameSuggestion: string | null;
  isin: string | null;
}

/** Row counts of one parse; rows are data records below the header. */
export interface CsvStats {
  rowsRead: number;
  barsKept: number;
  /** Rows without a close (`null`, `-`, `Kein Wert vorhanden`, only delimiters). */
  droppedEmpty: number;
  /** Rows whose date was already seen (the first occurrence in the file is kept). */
  droppedDuplicate: number;
  /** Rows whose date or close could not be read, or whose close is not positive. */
  droppedUnparseable: number;
  /** Stray rows with the wrong number of fields (tolerated only when rare; see file-shape.ts). */
  droppedWrongFieldCount: number;
  /** Intraday rows folded into the daily bar of their day (first open, last close, extremes, summed volume). */
  mergedIntradayRows: number;
  firstDate: string | null;
  lastDate: string | null;
  firstClose: number | null;
  lastClose: number | null;
}

/** Codes of non-fatal findings; `values` carries the numbers for the message. */
export type CsvWarningCode =
  | 'rows-dropped-empty'
  | 'rows-dropped-duplicate'
  | 'rows-dropped-unparseable'
  | 'row-wrong-field-count'
  | 'ambiguous-date-format'
  | 'ambiguous-decimal-mark'
  | 'close-from-adjusted-close'
  | 'intraday-merged';

/** A non-fatal finding shown under the preview. */
export interface CsvWarning {
  code: CsvWarningCode;
  message: string;
  values: Record<string, string | number>;
}

/** Why a file was rejected; the UI translates by code and fills in `values`. */
export type CsvErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-many-lines'
  | 'binary-data'
  | 'no-header'
  | 'no-date-column'
  | 'no-price-column'
  | 'wrong-field-count'
  | 'no-rows';

/** A typed rejection with an English message (for logs) and the values it names (e.g. `line`). */
export interface CsvError {
  code: CsvErrorCode;
  message: string;
  values: Record<string, string | number>;
}

/** A successful parse: what the preview shows before the user confirms symbol, currency and listing. */
export interface CsvPreviewOk {
  ok: true;
  fileName: string;
  detected: CsvDetected;
  /** Sorted ascending by `time`, unique ISO dates, finite positive closes. */
  bars: QuoteBar[];
  stats: CsvStats;
  warnings: CsvWarning[];
}

/** Result of parsePriceCsv: a preview or a typed error. */
export type CsvPreview = CsvPreviewOk | { ok: false; fileName: string; error: CsvError };

/** Options of parsePriceCsv. */
export interface CsvParseOptions {
  /** Files larger than this are rejected with 'too-large' (default 20 MiB). */
  maxBytes?: number;
  /** Overrides for the preview's "detected wrongly? choose" controls; each replaces one detection. */
  delimiter?: CsvDelimiter;
  decimalMark?: DecimalMark;
  dateFormat?: CsvDateFormat;
}

/** What the user confirms in the preview. */
export interface CsvConfirmation {
  symbol: string;
  currency: CurrencyCode;
  listing: string;
}
