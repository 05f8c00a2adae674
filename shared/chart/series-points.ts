/** One point of a line series: an ISO calendar date and a price in the series' currency. */
export interface SeriesPoint {
  time: string;
  value: number;
}

/** A date the time axis should reach without a price (lightweight-charts calls these whitespace points). */
export interface WhitespacePoint {
  time: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Points sorted by date with one point per date, as the chart library demands (it throws otherwise).
 * Drops points with an invalid date or a non-finite or non-positive price; on duplicate dates the later one wins.
 */
export function sortedUniquePoints(points: readonly SeriesPoint[]): SeriesPoint[] {
  const byTime = new Map<string, SeriesPoint>();
  for (const point of points) {
    if (!isIsoDate(point.time) || !Number.isFinite(point.value) || point.value <= 0) continue;
    byTime.set(point.time, { time: point.time, value: point.value });
  }
  // ISO dates sort correctly as strings.
  return [...byTime.values()].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

/** Adds whitespace points for `dates` that have no price yet, keeping the result sorted and unique. */
export function withWhitespaceDates(
  points: readonly SeriesPoint[],
  dates: readonly string[],
): Array<SeriesPoint | WhitespacePoint> {
  const taken = new Set(points.map((point) => point.time));
  const extra: WhitespacePoint[] = [];
  for (const date of new Set(dates)) {
    if (isIsoDate(date) && !taken.has(date)) extra.push({ time: date });
  }
  return [...points, ...extra].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

// Twenty years of days: beyond it the axis would be a slog to scroll, and the dates are likely wrong.
const MAX_AXIS_DAYS = 7_305;

/**
 * Every calendar day from the earliest to the latest of `dates` (invalid ones ignored). The chart's time
 * axis spaces its points evenly, so only a point per day makes distances on it proportional to time.
 */
export function everyDayBetween(dates: readonly string[]): string[] {
  const valid = dates.filter(isIsoDate).sort();
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (first === undefined || last === undefined) return [];
  const days: string[] = [];
  const day = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`).getTime();
  while (day.getTime() <= end && days.length < MAX_AXIS_DAYS) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

/**
 * The chart's time axis: every day from the first to the last of `dates`, plus empty days after the
 * last (6 % of the span, at least a week) so captions at the newest date have room on the right.
 */
export function axisDays(dates: readonly string[]): string[] {
  const days = everyDayBetween(dates);
  const last = days[days.length - 1];
  if (last === undefined) return days;
  const padding = Math.max(7, Math.ceil(days.length * 0.06));
  const day = new Date(`${last}T00:00:00Z`);
  for (let added = 0; added < padding; added += 1) {
    day.setUTCDate(day.getUTCDate() + 1);
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}
