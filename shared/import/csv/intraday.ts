import type { QuoteBar } from '../../model/quote';

const TIME_OF_DAY = /(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/** True when date cells carry a time of day ("2026-01-02 09:30:00-05:00", "02.01.2026 17:35"). */
export function hasTimeOfDay(dateCells: readonly string[]): boolean {
  return dateCells.some((cell) => cell.length <= 64 && TIME_OF_DAY.test(cell));
}

/** A sortable "HH:MM:SS" key of a date cell's time of day; '' when it has none. */
export function timeOfDayKey(cell: string): string {
  const match = cell.length <= 64 ? TIME_OF_DAY.exec(cell) : null;
  if (!match) return '';
  return `${match[1]!.padStart(2, '0')}:${match[2]}:${match[3] ?? '00'}`;
}

/** Daily bars from intraday rows, and how many rows were folded in or repeated a timestamp. */
export interface MergedDays {
  bars: QuoteBar[];
  mergedRows: number;
  droppedDuplicate: number;
}

/**
 * Folds intraday rows into one bar per day — open of the first row, close of the last, extreme high and
 * low, summed volume — so the chart shows the day's close, not whichever row came first. Rows are ordered
 * by date and time of day; a repeated timestamp keeps its first row in the file.
 */
export function mergeIntraday(bars: readonly QuoteBar[], timeKeys: readonly string[]): MergedDays {
  const order = bars.map((_, index) => index);
  order.sort((a, b) => {
    const ta = bars[a]!.time;
    const tb = bars[b]!.time;
    if (ta !== tb) return ta < tb ? -1 : 1;
    const ka = timeKeys[a]!;
    const kb = timeKeys[b]!;
    return ka !== kb ? (ka < kb ? -1 : 1) : a - b;
  });
  const days: QuoteBar[] = [];
  let mergedRows = 0;
  let droppedDuplicate = 0;
  let previous = -1;
  for (const index of order) {
    const bar = bars[index]!;
    if (previous >= 0 && bars[previous]!.time === bar.time && timeKeys[previous] === timeKeys[index]) {
      droppedDuplicate++;
      continue;
    }
    const day = days[days.length - 1];
    if (day && day.time === bar.time) {
      foldInto(day, bar);
      mergedRows++;
    } else {
      days.push({ ...bar });
    }
    previous = index;
  }
  return { bars: days, mergedRows, droppedDuplicate };
}

/** Adds a later row of the same day to its daily bar. */
function foldInto(day: QuoteBar, bar: QuoteBar): void {
  day.high = Math.max(day.high ?? day.close, bar.high ?? bar.close);
  day.low = Math.min(day.low ?? day.close, bar.low ?? bar.close);
  if (day.open === undefined && bar.open !== undefined) day.open = bar.open;
  day.close = bar.close;
  if (bar.volume !== undefined) day.volume = (day.volume ?? 0) + bar.volume;
}
