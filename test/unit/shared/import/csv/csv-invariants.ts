import { expect } from 'vitest';
import { parsePriceCsv, type CsvPreview, type CsvStats } from '../../../../../shared/import/csv';

const ERROR_CODES = new Set([
  'empty',
  'too-large',
  'too-many-lines',
  'binary-data',
  'no-header',
  'no-date-column',
  'no-price-column',
  'wrong-field-count',
  'no-rows',
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rows the stats account for: kept, dropped for a reason, or merged into a day; must equal rowsRead. */
export function accountedRows(stats: CsvStats): number {
  const { barsKept, droppedEmpty, droppedDuplicate, droppedUnparseable, droppedWrongFieldCount } = stats;
  return (
    barsKept +
    droppedEmpty +
    droppedDuplicate +
    droppedUnparseable +
    droppedWrongFieldCount +
    stats.mergedIntradayRows
  );
}

/** True for a real calendar day written as YYYY-MM-DD. */
function isRealIsoDate(time: string): boolean {
  if (!ISO_DATE.test(time)) return false;
  return new Date(`${time}T00:00:00Z`).toISOString().slice(0, 10) === time;
}

/**
 * Parses bytes and checks what every caller relies on: no throw, and
 * either a typed error (never the internal-failure fallback) or sorted unique real dates with positive closes.
 */
export function parseAndCheck(bytes: Uint8Array, fileName = 'fuzz.csv'): CsvPreview {
  const result = parsePriceCsv(bytes, fileName);
  if (!result.ok) {
    expect(ERROR_CODES.has(result.error.code)).toBe(true);
    expect(result.error.values.internal, 'an exception was caught inside the parser').toBeUndefined();
    expect(result.error.message).not.toBe('');
    return result;
  }
  const { bars, stats } = result;
  expect(bars.length).toBeGreaterThan(0);
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i]!;
    expect(isRealIsoDate(bar.time), bar.time).toBe(true);
    expect(Number.isFinite(bar.close) && bar.close > 0, String(bar.close)).toBe(true);
    for (const value of [bar.open, bar.high, bar.low, bar.volume]) {
      if (value !== undefined) expect(Number.isFinite(value) && value >= 0).toBe(true);
    }
    if (i > 0) expect(bars[i - 1]!.time < bar.time).toBe(true);
  }
  expect(stats.barsKept).toBe(bars.length);
  expect(stats.firstDate).toBe(bars[0]!.time);
  expect(stats.lastClose).toBe(bars[bars.length - 1]!.close);
  expect(stats.rowsRead).toBe(accountedRows(stats));
  return result;
}
