import { addDays, compareDays, daysInMonth, formatIsoDay, isRealDay, weekday } from './calendar';
import type { CalendarDay } from './calendar';
import type { DateGranularity } from './types';
import { MONTH_NUMBERS } from '../text/month-names';

/** A resolved date: granularity and the ISO range, or nulls when it needs an unknown article date. */
export interface ResolvedDate {
  granularity: DateGranularity;
  fromIso: string | null;
  toIso: string | null;
  isRelative: boolean;
}

/** Tense of a sentence, which decides whether a month without a year lies before or after the article. */
export type Tense = 'past' | 'future' | 'unknown';

const WEEKDAYS: Record<string, number> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const ORDINAL_QUARTER: Record<string, number> = {
  ersten: 1,
  zweiten: 2,
  dritten: 3,
  vierten: 4,
  '1.': 1,
  '2.': 2,
  '3.': 3,
  '4.': 4,
};

/** First and last ISO day of a month. */
export function periodOfMonth(year: number, month: number): [string, string] {
  return [
    formatIsoDay({ year, month, day: 1 }),
    formatIsoDay({ year, month, day: daysInMonth(year, month) }),
  ];
}

/** Tense of a sentence, for months and quarters without a year. */
export function tenseOf(sentence: string): Tense {
  if (
    /\b(?:nächst\w*|kommend\w*|bevorstehend\w*|wird|werden|soll|sollen|will|next|upcoming)\b/iu.test(sentence)
  )
    return 'future';
  if (
    /\b(?:bereits|schon|zuvor|vergangen\w*|letzt\w*|war|waren|hatte|hatten|wurde|wurden|kündigte|gab|stellte|last)\b/iu.test(
      sentence,
    )
  )
    return 'past';
  return 'unknown';
}

/** The year that puts `month` (optionally `day`) closest to the article date, respecting the tense. */
export function yearFor(
  month: number,
  day: number,
  article: CalendarDay,
  tense: 'past' | 'future' | 'unknown',
): number {
  const candidates = [article.year - 1, article.year, article.year + 1];
  const score = (year: number): number => {
    const probe = { year, month, day: Math.min(day, daysInMonth(year, month)) };
    const diff =
      (Date.UTC(probe.year, probe.month - 1, probe.day) -
        Date.UTC(article.year, article.month - 1, article.day)) /
      864e5;
    if (tense === 'past' && diff > 0) return Infinity;
    if (tense === 'future' && diff < -31) return Infinity;
    return Math.abs(diff);
  };
  return candidates.reduce((best, year) => (score(year) < score(best) ? year : best), article.year);
}

function quarterRange(year: number, quarter: number): [string, string] {
  const lastMonth = quarter * 3;
  return [
    formatIsoDay({ year, month: lastMonth - 2, day: 1 }),
    formatIsoDay({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  ];
}

/** A single resolved day, or null when the day does not exist. */
export function dayDate(day: CalendarDay, isRelative: boolean): ResolvedDate | null {
  if (!isRealDay(day)) return null;
  const iso = formatIsoDay(day);
  return { granularity: 'day', fromIso: iso, toIso: iso, isRelative };
}

/** Resolves "im dritten Quartal", "Q3 2025", "September-Quartal" (fiscal quarters stay open). */
export function resolveQuarter(
  groups: Record<string, string | undefined>,
  article: CalendarDay | null,
  tense: Tense,
): ResolvedDate | null {
  const word = (groups.qWord ?? '').toLowerCase();
  const isFiscal = /fiskal|geschäfts/iu.test(groups.quarter ?? '');
  const explicitYear = groups.qY ?? groups.qY2;
  const monthWord = groups.qMonth?.toLowerCase();
  let quarter =
    ORDINAL_QUARTER[word] ??
    (groups.qNum ? Number(groups.qNum) : monthWord ? Math.ceil((MONTH_NUMBERS[monthWord] ?? 3) / 3) : 0);
  if (explicitYear && quarter > 0) {
    const [fromIso, toIso] = quarterRange(Number(explicitYear), quarter);
    return { granularity: 'quarter', fromIso, toIso, isRelative: false };
  }
  // Fiscal quarters depend on the company's fiscal year, which the text does not give.
  if (!article || isFiscal) return { granularity: 'quarter', fromIso: null, toIso: null, isRelative: true };
  const current = Math.ceil(article.month / 3);
  let year = article.year;
  if (quarter === 0) {
    if (/letzten|vergangenen|jüngsten|abgelaufenen/.test(word)) quarter = current - 1;
    else if (/kommenden|nächsten/.test(word)) quarter = current + 1;
    else quarter = current;
    if (quarter === 0) [quarter, year] = [4, year - 1];
    if (quarter === 5) [quarter, year] = [1, year + 1];
  } else if (quarter >= current && tense !== 'future') {
    year -= quarter > current || tense === 'past' ? 1 : 0;
  }
  const [fromIso, toIso] = quarterRange(year, quarter);
  return { granularity: 'quarter', fromIso, toIso, isRelative: true };
}

/** Resolves "am Freitag", "gestern", "heute" against the article date. */
export function resolveWeekday(
  groups: Record<string, string | undefined>,
  article: CalendarDay | null,
  tense: Tense,
): ResolvedDate | null {
  const name = (groups.wdName ?? groups.wdRel ?? '').toLowerCase();
  if (!article) return { granularity: 'day', fromIso: null, toIso: null, isRelative: true };
  if (name === 'heute' || name === 'today') return dayDate(article, true);
  if (name === 'gestern' || name === 'yesterday') return dayDate(addDays(article, -1), true);
  if (name === 'vorgestern') return dayDate(addDays(article, -2), true);
  const target = WEEKDAYS[name];
  if (target === undefined) return null;
  const back = (weekday(article) - target + 7) % 7;
  const forward = (target - weekday(article) + 7) % 7;
  const day = tense === 'future' && forward > 0 ? addDays(article, forward) : addDays(article, -back);
  return compareDays(day, article) <= 0 || tense === 'future' ? dayDate(day, true) : null;
}
