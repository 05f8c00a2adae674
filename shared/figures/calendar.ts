/** A calendar day without time zone: year, month 1–12, day 1–31. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Parses the date part of an ISO string (YYYY-MM-DD…); null when it is not a real date. */
export function parseIsoDay(iso: string | undefined): CalendarDay | null {
  if (iso === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : null;
}

/** Whether the day exists in the Gregorian calendar. */
export function isRealDay(day: CalendarDay): boolean {
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month);
}

/** Days in a month (leap years included). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD of a calendar day. */
export function formatIsoDay(day: CalendarDay): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** The day `days` after (or before, when negative) `day`. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Compares two days: negative when a is earlier. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
