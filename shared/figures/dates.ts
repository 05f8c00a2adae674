import { parseIsoDay } from './calendar';
import type { CalendarDay } from './calendar';
import { MONTH_NUMBERS } from '../text/month-names';
import { dayDate, periodOfMonth, resolveQuarter, resolveWeekday, tenseOf, yearFor } from './date-resolve';
import type { ResolvedDate, Tense } from './date-resolve';
import type { DateGranularity } from './types';

/** A date mention in working-text offsets, before mapping back to code points. */
export interface RawDate {
  from: number;
  to: number;
  granularity: DateGranularity;
  fromIso: string | null;
  toIso: string | null;
  isRelative: boolean;
}

const MONTH =
  'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|October|December|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Oct\\.|Nov\\.|Dez\\.|Dec\\.';
const PATTERNS = new RegExp(
  [
    `(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})\\b)`,
    `(?<numeric>\\b(?<numD>\\d{1,2})\\.(?<numM>\\d{1,2})\\.(?<numY>\\d{4}|\\d{2})(?!\\d))`,
    `(?<dayMonth>\\b(?<dmD>\\d{1,2})\\.?\\s*(?<dmM>${MONTH})(?:\\s+(?<dmY>\\d{4}))?(?![\\p{L}]))`,
    `(?<monthDay>\\b(?<mdM>January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?<mdD>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<mdY>\\d{4}))?\\b)`,
    `(?<quarter>\\b(?:im|in the|des|am)?\\s*(?<qWord>ersten|zweiten|dritten|vierten|[1-4]\\.|letzten|vergangenen|jüngsten|abgelaufenen|laufenden|kommenden|nächsten)\\s+(?:Fiskal|Geschäfts)?[Qq]uartal(?:s)?(?:\\s+(?<qY>\\d{4}))?|\\bQ(?<qNum>[1-4])(?:\\s*/?\\s*(?<qY2>\\d{4}))?\\b|\\b(?<qMonth>Januar|März|Juni|September|Dezember|March|June|December)-Quartal)`,
    `(?<month>\\b(?:(?:im|in|Anfang|Mitte|Ende|seit|bis|vom|ab|zum)\\s+)?(?<mName>${MONTH})(?:\\s+(?<mY>\\d{4}))?(?![\\p{L}]))`,
    `(?<weekday>\\b(?:am|vom|seit|bis|on|last|letzten|vergangenen)?\\s*(?<wdName>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?<wdRel>gestern|vorgestern|heute|yesterday|today)\\b)`,
    `(?<year>\\b(?:im Jahr|im Jahre|in|seit|bis|Jahr|year)\\s+(?<yY>(?:19[5-9]|20\\d)\\d)\\b)`,
  ].join('|'),
  'gu',
);

/** Finds explicit and relative dates in [from, to) of `text`; relative ones resolve against `articleIso`. */
export function scanDates(
  fullText: string,
  from: number,
  to: number,
  articleIso: string | undefined,
): RawDate[] {
  // Cut at the sentence end so a sentence without dates does not scan the rest of the article.
  const text = fullText.slice(0, to);
  const article = parseIsoDay(articleIso);
  const sentence = text.slice(from, to);
  const tense = tenseOf(sentence);
  const found: RawDate[] = [];
  PATTERNS.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = PATTERNS.exec(text)) !== null && match.index < to) {
    const groups = match.groups ?? {};
    const lead = match[0].length - match[0].trimStart().length;
    const start = match.index + lead;
    const end = match.index + match[0].length;
    if (end > to) break;
    const date = resolveMatch(groups, article, tense);
    if (date) found.push({ from: start, to: end, ...date });
  }
  return found;
}

function resolveMatch(
  groups: Record<string, string | undefined>,
  article: CalendarDay | null,
  tense: Tense,
): ResolvedDate | null {
  if (groups.iso)
    return dayDate(
      { year: Number(groups.isoY), month: Number(groups.isoM), day: Number(groups.isoD) },
      false,
    );
  if (groups.numeric) {
    const rawYear = Number(groups.numY);
    return dayDate(
      {
        year: rawYear < 100 ? 2000 + rawYear : rawYear,
        month: Number(groups.numM),
        day: Number(groups.numD),
      },
      false,
    );
  }
  if (groups.dayMonth || groups.monthDay) {
    const dayText = groups.dmD ?? groups.mdD;
    const monthText = groups.dmM ?? groups.mdM ?? '';
    const yearText = groups.dmY ?? groups.mdY;
    const month = MONTH_NUMBERS[monthText.toLowerCase().replace(/\.$/, '')] ?? 0;
    const day = Number(dayText);
    if (yearText) return dayDate({ year: Number(yearText), month, day }, false);
    if (!article) return { granularity: 'day', fromIso: null, toIso: null, isRelative: true };
    return dayDate({ year: yearFor(month, day, article, tense), month, day }, true);
  }
  if (groups.quarter) return resolveQuarter(groups, article, tense);
  if (groups.month) {
    const month = MONTH_NUMBERS[(groups.mName ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
    if (month === 0) return null;
    if (groups.mY) {
      const [fromIso, toIso] = periodOfMonth(Number(groups.mY), month);
      return { granularity: 'month', fromIso, toIso, isRelative: false };
    }
    if (!article) return { granularity: 'month', fromIso: null, toIso: null, isRelative: true };
    const [fromIso, toIso] = periodOfMonth(yearFor(month, 15, article, tense), month);
    return { granularity: 'month', fromIso, toIso, isRelative: true };
  }
  if (groups.weekday) return resolveWeekday(groups, article, tense);
  if (groups.year) {
    const year = Number(groups.yY);
    return { granularity: 'year', fromIso: `${year}-01-01`, toIso: `${year}-12-31`, isRelative: false };
  }
  return null;
}
