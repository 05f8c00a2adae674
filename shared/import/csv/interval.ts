import type { QuoteInterval } from '../../model/quote';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * Daily, weekly or monthly from the median gap between sorted dates: holidays and weekends stretch some
 * gaps (a daily file has 3-day gaps every Monday), so the median is used rather than the mean or the minimum.
 */
export function detectInterval(sortedIsoDates: readonly string[]): QuoteInterval {
  if (sortedIsoDates.length < 2) return 'irregular';
  const gaps: number[] = [];
  let previous = dayNumber(sortedIsoDates[0]!);
  for (let i = 1; i < sortedIsoDates.length; i++) {
    const current = dayNumber(sortedIsoDates[i]!);
    gaps.push(current - previous);
    previous = current;
  }
  gaps.sort((x, y) => x - y);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  if (median >= 1 && median <= 4) return 'daily';
  if (median >= 6 && median <= 8) return 'weekly';
  if (median >= 28 && median <= 31) return 'monthly';
  return 'irregular';
}
