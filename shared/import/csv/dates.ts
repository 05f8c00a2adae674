import type { CsvDateFormat } from './types';

// German and English month names and abbreviations (lower case, without a trailing dot).
const MONTHS = new Map<string, number>();
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'januar', 'january', 'jän', 'jänner'],
  ['feb', 'februar', 'february', 'febr'],
  ['mär', 'märz', 'mrz', 'maerz', 'mar', 'march'],
  ['apr', 'april'],
  ['mai', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'november'],
  ['dez', 'dezember', 'dec', 'december'],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => MONTHS.set(name, index + 1)));

const MAX_DATE_CELL_CHARS = 64;

/** The first three tokens of a date cell (numbers and words) and the separator after the first. */
interface DateTokens {
  tokens: string[];
  isWord: boolean[];
  separator: string;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xe4 || code === 0xc4;
}

/** Splits "02. Jan. 2026", "2026-01-02 00:00:00-05:00" or "Jan 02, 2026" into at most three tokens. */
function tokenizeDate(cell: string): DateTokens {
  const tokens: string[] = [];
  const isWord: boolean[] = [];
  let separator = '';
  let i = 0;
  const s = cell.trim();
  while (i < s.length && tokens.length < 3) {
    const code = s.charCodeAt(i);
    const start = i;
    if (isDigitCode(code)) {
      while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
      tokens.push(s.slice(start, i));
      isWord.push(false);
    } else if (isLetterCode(code)) {
      while (i < s.length && isLetterCode(s.charCodeAt(i))) i++;
      tokens.push(s.slice(start, i).toLowerCase());
      isWord.push(true);
    } else {
      if (tokens.length === 1 && separator === '') separator = s[i]!;
      i++;
    }
  }
  return { tokens, isWord, separator };
}

function daysInMonth(year: number, month: number): number {
  return month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
}

/** ISO date from parts, or null when the parts are no real calendar day between 1900 and 2100. */
function isoDate(yearText: string, month: number, day: number): string | null {
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 70 ? 2000 : 1900;
  else if (yearText.length !== 4) return null;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Reads a date cell in one given format; null when it does not fit. */
export function parseDateAs(cell: string, format: CsvDateFormat): string | null {
  // No date layout is this long; the cap keeps a hostile megabyte cell from being walked per format.
  if (cell.length > MAX_DATE_CELL_CHARS) return null;
  if (format === 'YYYY-MM-DD' && cell.length === 10 && cell[4] === '-' && cell[7] === '-') {
    return isoDate(cell.slice(0, 4), Number(cell.slice(5, 7)), Number(cell.slice(8, 10)));
  }
  if (format === 'DD.MM.YYYY' && cell.length === 10 && cell[2] === '.' && cell[5] === '.') {
    return isoDate(cell.slice(6, 10), Number(cell.slice(3, 5)), Number(cell.slice(0, 2)));
  }
  const { tokens, isWord, separator } = tokenizeDate(cell);
  const [a, b, c] = tokens;
  if (format === 'YYYYMMDD') {
    return tokens.length >= 1 && a!.length === 8 && !isWord[0]
      ? isoDate(a!.slice(0, 4), Number(a!.slice(4, 6)), Number(a!.slice(6, 8)))
      : null;
  }
  if (a === undefined || b === undefined || c === undefined) return null;
  if ((!isWord[0] && a.length > 4) || (!isWord[2] && c.length > 4)) return null;
  switch (format) {
    case 'YYYY-MM-DD':
      return !isWord[1] && a.length === 4 && b.length <= 2 && c.length <= 2
        ? isoDate(a, Number(b), Number(c))
        : null;
    case 'DD.MM.YYYY':
    case 'DD.MM.YY':
      if (separator !== '.' || isWord[1] || c.length !== (format === 'DD.MM.YY' ? 2 : 4)) return null;
      return a.length <= 2 && b.length <= 2 ? isoDate(c, Number(b), Number(a)) : null;
    case 'MM/DD/YYYY':
    case 'DD/MM/YYYY':
    case 'DD-MM-YYYY': {
      const wanted = format === 'DD-MM-YYYY' ? '-' : '/';
      if (separator !== wanted || isWord[1] || a.length > 2 || b.length > 2 || c.length === 3) return null;
      return format === 'MM/DD/YYYY' ? isoDate(c, Number(a), Number(b)) : isoDate(c, Number(b), Number(a));
    }
    case 'D MMM YYYY':
      return !isWord[0] && isWord[1] && !isWord[2] && a.length <= 2
        ? isoDate(c, MONTHS.get(b) ?? 0, Number(a))
        : null;
    case 'MMM D, YYYY':
      return isWord[0] && !isWord[1] && !isWord[2] && b.length <= 2
        ? isoDate(c, MONTHS.get(a) ?? 0, Number(b))
        : null;
  }
}

/** Every date layout the parser reads, in the order detection tries them (ties go to the earlier one). */
export const CSV_DATE_FORMATS: readonly CsvDateFormat[] = [
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'DD.MM.YY',
  'D MMM YYYY',
  'MMM D, YYYY',
  'MM/DD/YYYY',
  'DD/MM/YYYY',
  'DD-MM-YYYY',
  'YYYYMMDD',
];

/** How many neighbouring dates move in the same direction: exports are sorted, so the right reading is. */
function orderScore(dates: readonly (string | null)[]): number {
  const valid = dates.filter((d): d is string => d !== null);
  let up = 0;
  let down = 0;
  for (let i = 1; i < valid.length; i++) {
    if (valid[i]! > valid[i - 1]!) up++;
    else if (valid[i]! < valid[i - 1]!) down++;
  }
  return Math.max(up, down);
}

/**
 * Picks the date format that reads the most sample cells. US (MM/DD) versus European (DD/MM) slashes
 * are decided by the data: a day above 12 settles it; when every day is ≤ 12, the reading whose dates
 * are in order wins, and the result is flagged ambiguous.
 */
export function detectDateFormat(
  samples: readonly string[],
): { format: CsvDateFormat; isAmbiguous: boolean } | null {
  let best: { format: CsvDateFormat; count: number; order: number } | null = null;
  let isAmbiguous = false;
  for (const format of CSV_DATE_FORMATS) {
    const parsed = samples.map((cell) => parseDateAs(cell, format));
    const count = parsed.reduce((n, d) => (d === null ? n : n + 1), 0);
    if (count === 0) continue;
    const order = orderScore(parsed);
    if (!best || count > best.count || (count === best.count && order > best.order)) {
      isAmbiguous = best !== null && count === best.count;
      best = { format, count, order };
    } else if (count === best.count) {
      isAmbiguous = true;
    }
  }
  return best ? { format: best.format, isAmbiguous } : null;
}
