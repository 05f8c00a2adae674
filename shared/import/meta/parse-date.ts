import { MONTH_NUMBERS } from '../../text/month-names';

// Metadata also writes März without the umlaut or as "Mrz", and English "Mar".
const META_ONLY_MONTHS: Readonly<Record<string, number>> = { maerz: 3, mrz: 3, mar: 3 };

// Plausible publication years: pages carry copyright lines and ids that look like dates otherwise.
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Formats a calendar date as YYYY-MM-DD when it exists, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/u, '');
  return MONTH_NUMBERS[key] ?? META_ONLY_MONTHS[key];
}

/**
 * Reads a calendar date from a metadata value: ISO 8601 (the date part as written, no time-zone shift),
 * German "21.11.2026" and "21. November 2026", English "November 21, 2026", PDF "D:20261121…".
 */
export function parseDateValue(raw: string): string | null {
  const value = raw.trim().slice(0, 200);
  const iso = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s\d+Z'-])/u.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findDateInText(value);
}

/** Finds the first written-out date in running text (German or English forms), else null. */
export function findDateInText(text: string): string | null {
  const sample = text.slice(0, 2000);
  const numeric = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/u.exec(sample);
  const named = /(?<!\d)(\d{1,2})\.?\s+(\p{L}{3,9}\.?)\s+(\d{4})(?!\d)/u.exec(sample);
  const english = /\b(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u.exec(sample);
  const isoInText = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(sample);
  const candidates: { index: number; date: string | null }[] = [];
  if (numeric)
    candidates.push({
      index: numeric.index,
      date: isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])),
    });
  if (named) {
    const month = monthNumber(named[2] ?? '');
    if (month !== undefined)
      candidates.push({ index: named.index, date: isoDate(Number(named[3]), month, Number(named[1])) });
  }
  if (english) {
    const month = monthNumber(english[1] ?? '');
    if (month !== undefined)
      candidates.push({ index: english.index, date: isoDate(Number(english[3]), month, Number(english[2])) });
  }
  if (isoInText)
    candidates.push({
      index: isoInText.index,
      date: isoDate(Number(isoInText[1]), Number(isoInText[2]), Number(isoInText[3])),
    });
  const found = candidates.filter((candidate) => candidate.date !== null).sort((a, b) => a.index - b.index);
  return found[0]?.date ?? null;
}
