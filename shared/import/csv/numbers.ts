import type { DecimalMark } from './types';

// Suffixes after a number: volume scales (investing.com "665,27M", German "Mio."), percent and currencies.
const SUFFIX_FACTORS = new Map<string, number>([
  ['', 1],
  ['%', 1],
  ['k', 1e3],
  ['tsd', 1e3],
  ['t', 1e3],
  ['m', 1e6],
  ['mio', 1e6],
  ['mn', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['mrd', 1e9],
  ['€', 1],
  ['$', 1],
  ['eur', 1],
  ['usd', 1],
  ['hkd', 1],
  ['cny', 1],
  ['stk', 1],
  ['stück', 1],
]);

const CURRENCY_PREFIXES = ['€', '$', 'US$', 'HK$', 'EUR', 'USD', 'HKD', '£'];

/** Cells that mean "no value" in the exports we know (Yahoo `null`, investing.com `-`, comdirect's text). */
const EMPTY_MARKERS = new Set([
  '',
  '-',
  '--',
  '–',
  'null',
  'nan',
  'n/a',
  'na',
  'n.a.',
  'k.a.',
  'keine angabe',
]);

const MAX_MARKER_CHARS = 40;
/** Longer cells are no number; capping keeps a hostile megabyte of digits from being walked. */
const MAX_NUMBER_CHARS = 64;

/** True when a cell says there is no value. */
export function isEmptyCell(cell: string): boolean {
  if (cell.length === 0) return true;
  if (isDigit(cell.charCodeAt(0)) || cell.length > MAX_MARKER_CHARS) return false;
  const value = cell.trim().toLowerCase();
  return EMPTY_MARKERS.has(value) || value.startsWith('kein wert') || value.startsWith('keine daten');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Fast path for the common "155.74" / "155,74" / "31270400": digits and at most one decimal mark. */
function parsePlainNumber(raw: string, decimalMark: DecimalMark): number | null {
  const length = raw.length;
  if (length === 0 || length > 20) return null;
  let markAt = -1;
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i);
    if (isDigit(code)) continue;
    if (code !== decimalMark.charCodeAt(0) || markAt >= 0 || i === 0 || i === length - 1) return null;
    markAt = i;
  }
  return Number(
    markAt >= 0 && decimalMark === ',' ? `${raw.slice(0, markAt)}.${raw.slice(markAt + 1)}` : raw,
  );
}

/**
 * Reads a number written with the given decimal mark: thousands separators (the other mark, spaces,
 * apostrophes) must group three digits; a leading currency and a trailing scale such as K/M/B/Mio or %
 * are accepted. Returns NaN for anything else — never guesses.
 */
export function parseNumber(raw: string, decimalMark: DecimalMark): number {
  const plain = parsePlainNumber(raw, decimalMark);
  if (plain !== null) return plain;
  if (raw.length > MAX_NUMBER_CHARS) return NaN;
  let s = raw.trim();
  for (const prefix of CURRENCY_PREFIXES) {
    if (s.startsWith(prefix)) {
      s = s.slice(prefix.length).trimStart();
      break;
    }
  }
  const thousands = decimalMark === '.' ? ',' : '.';
  let digits = '';
  let isNegative = false;
  let hasDigit = false;
  let hasDecimal = false;
  let i = 0;
  for (; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    if (isDigit(code)) {
      digits += ch;
      hasDigit = true;
    } else if (ch === decimalMark) {
      if (hasDecimal) return NaN;
      hasDecimal = true;
      digits += '.';
    } else if (ch === thousands || ch === "'" || ch === '\u00a0' || ch === '\u202f' || ch === ' ') {
      if (!hasDigit || hasDecimal) {
        if (ch === ' ' || ch === '\u00a0') continue;
        return NaN;
      }
      // A group separator must be followed by exactly three digits.
      if (!(isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)))) {
        if (ch === ' ' || ch === '\u00a0' || ch === '\u202f') break;
        return NaN;
      }
      if (isDigit(s.charCodeAt(i + 4))) return NaN;
    } else if ((ch === '-' || ch === '\u2212' || ch === '+') && !hasDigit && !hasDecimal && digits === '') {
      if (isNegative) return NaN;
      isNegative = ch !== '+';
    } else {
      break;
    }
  }
  if (!hasDigit) return NaN;
  const suffix = s.slice(i).trim().toLowerCase().replace(/\.$/, '');
  const factor = SUFFIX_FACTORS.get(suffix);
  if (factor === undefined) return NaN;
  const value = Number(digits) * factor;
  return isNegative ? -value : value;
}

/** Which decimal mark one cell points to, or null when it cannot tell ("155", "1.234"). */
export function decimalVote(cell: string): DecimalMark | null {
  if (cell.length > MAX_NUMBER_CHARS) return null;
  const lastDot = cell.lastIndexOf('.');
  const lastComma = cell.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const index = mark === '.' ? lastDot : lastComma;
  if (cell.indexOf(mark) !== index) return mark === '.' ? ',' : '.';
  let after = 0;
  while (isDigit(cell.charCodeAt(index + 1 + after))) after++;
  if (after === 0) return null;
  return after === 3 ? null : mark;
}

/** The file's decimal mark from sample cells; `fallback` decides when no cell tells (all "1.234" or "155"). */
export function detectDecimalMark(
  cells: readonly string[],
  fallback: DecimalMark,
): { mark: DecimalMark; isAmbiguous: boolean } {
  let dots = 0;
  let commas = 0;
  for (const cell of cells) {
    const vote = decimalVote(cell);
    if (vote === '.') dots++;
    else if (vote === ',') commas++;
  }
  if (dots === commas)
    return { mark: fallback, isAmbiguous: dots === 0 && cells.some((c) => /[.,]/.test(c)) };
  return { mark: dots > commas ? '.' : ',', isAmbiguous: false };
}
