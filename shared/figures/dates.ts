import { addDays, compareDays, daysInMonth, formatIsoDay, isRealDay, parseIsoDay, weekday } from './calendar';
import type { CalendarDay } from './calendar';
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

const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  märz: 3,
  mär: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  december: 12,
  dec: 12,
};
const MONTH =
  'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|October|December|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Oct\\.|Nov\\.|Dez\\.|Dec\\.';
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

function periodOfMonth(year: number, month: number): [string, string] {
  return [
    formatIsoDay({ year, month, day: 1 }),
    formatIsoDay({ year, month, day: daysInMonth(year, month) }),
  ];
}

/** Tense of a sentence, for months and quarters without a year. */
function tenseOf(sentence: string): 'past' | 'future' | 'unknown' {
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
function yearFor(
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

type Resolved = Omit<RawDate, 'from' | 'to'>;

function dayDate(day: CalendarDay, isRelative: boolean): Resolved | null {
  if (!isRealDay(day)) return null;
  const iso = formatIsoDay(day);
  return { granularity: 'day', fromIso: iso, toIso: iso, isRelative };
}

function resolveMatch(
  groups: Record<string, string | undefined>,
  article: CalendarDay | null,
  tense: 'past' | 'future' | 'unknown',
): Resolved | null {
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
    const month = MONTHS[monthText.toLowerCase().replace(/\.$/, '')] ?? 0;
    const day = Number(dayText);
    if (yearText) return dayDate({ year: Number(yearText), month, day }, false);
    if (!article) return { granularity: 'day', fromIso: null, toIso: null, isRelative: true };
    return dayDate({ year: yearFor(month, day, article, tense), month, day }, true);
  }
  if (groups.quarter) return resolveQuarter(groups, article, tense);
  if (groups.month) {
    const month = MONTHS[(groups.mName ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
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

function resolveQuarter(
  groups: Record<string, string | undefined>,
  article: CalendarDay | null,
  tense: 'past' | 'future' | 'unknown',
): Resolved | null {
  const word = (groups.qWord ?? '').toLowerCase();
  const isFiscal = /fiskal|geschäfts/iu.test(groups.quarter ?? '');
  const explicitYear = groups.qY ?? groups.qY2;
  const monthWord = groups.qMonth?.toLowerCase();
  let quarter =
    ORDINAL_QUARTER[word] ??
    (groups.qNum ? Number(groups.qNum) : monthWord ? Math.ceil((MONTHS[monthWord] ?? 3) / 3) : 0);
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

function resolveWeekday(
  groups: Record<string, string | undefined>,
  article: CalendarDay | null,
  tense: 'past' | 'future' | 'unknown',
): Resolved | null {
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
