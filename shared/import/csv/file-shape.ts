import type { CsvRecord } from './tokenize';

/** Default size limit: a century of daily bars is ~3 MB, so 20 MiB is generous. */
export const DEFAULT_MAX_CSV_BYTES = 20 * 1024 * 1024;
/** More lines than a century of daily bars or a year of minute bars: beyond it a file is rejected for its line count. */
export const MAX_CSV_LINES = 200_000;

/** Line count (LF, or CR for old Mac files) without splitting the text; a final line break ends the last line. */
export function countLines(text: string): number {
  let count = 0;
  const newline = text.includes('\n') ? '\n' : '\r';
  for (let at = text.indexOf(newline); at >= 0; at = text.indexOf(newline, at + 1)) count++;
  return text.endsWith(newline) ? count : count + 1;
}

/**
 * How many misshapen dated rows a file may have before it counts as broken: one per 20 data rows
 * (rounded down), plus a short last row (a download cut off). Tolerated rows are dropped with a
 * warning naming their lines; beyond that the file is rejected with the first bad line's number.
 */
export function misshapenTolerance(dataRows: number): number {
  return Math.floor(dataRows / 20);
}

/** Up to `count` cells of a column, spread evenly over the rows so late format changes are seen. */
export function sampleColumn(records: readonly CsvRecord[], column: number, count: number): string[] {
  const step = Math.max(1, Math.floor(records.length / count));
  const cells: string[] = [];
  for (let i = 0; i < records.length && cells.length < count; i += step) {
    const cell = records[i]!.fields[column];
    if (cell !== undefined && cell.trim() !== '') cells.push(cell);
  }
  return cells;
}

/** True for a saved web page (so the error can say "HTML" rather than "no header"). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    (head.startsWith('<') && head.includes('<body'))
  );
}
