/** How decimal and grouping separators read: German "1.234,5" or English "1,234.5". */
export type NumberStyle = 'de' | 'en';

const GROUP_SPACE = /[\u00A0\u202F\u2009'’ ]/g;

/**
 * Parses a digit string such as "155,74", "2.431", "1.234,56", "155.74" or "11 000".
 * With both separators the last one is the decimal mark; a single kind of separator followed by
 * exactly three digits groups thousands in German ("11.000") and in English ("1,234").
 */
export function parseDigits(raw: string, style: NumberStyle): number | null {
  const compact = raw.replace(GROUP_SPACE, '');
  if (!/^\d+(?:[.,]\d+)*$/.test(compact)) return null;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normalized = compact.split(group).join('').replace(decimal, '.');
  } else if (lastDot < 0 && lastComma < 0) {
    normalized = compact;
  } else {
    const separator = lastDot >= 0 ? '.' : ',';
    const pieces = compact.split(separator);
    const looksGrouped =
      pieces.length > 1 &&
      pieces.slice(1).every((piece) => piece.length === 3) &&
      (pieces[0] ?? '').length <= 3;
    // German groups with dots and English with commas; the other separator is a decimal mark,
    // except that several of them can only be grouping.
    const groupsInStyle = style === 'de' ? separator === '.' : separator === ',';
    if (looksGrouped && (groupsInStyle || pieces.length > 2)) normalized = pieces.join('');
    else if (pieces.length > 2) return null;
    else normalized = pieces.join('.');
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

const UNITS: Record<string, number> = {
  null: 0,
  ein: 1,
  eins: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const ENGLISH: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** Parses a German (elf, fünfundzwanzig, hundert) or English (eleven) number word; null if it is none. */
export function parseNumberWord(word: string): number | null {
  const lower = word.toLowerCase();
  const direct = UNITS[lower] ?? TENS[lower] ?? ENGLISH[lower];
  if (direct !== undefined) return direct;
  if (lower === 'hundert' || lower === 'einhundert') return 100;
  if (lower === 'tausend' || lower === 'eintausend') return 1000;
  const compound =
    /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(
      lower,
    );
  if (compound) return (UNITS[compound[1] ?? ''] ?? 0) + (TENS[compound[2] ?? ''] ?? 0);
  return null;
}

/** Regex source for the number words parseNumberWord understands (used when scanning). */
export const NUMBER_WORD_SOURCE =
  '(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|einhundert|hundert|eintausend|tausend|zwölf|zehn|elf|neun|acht|sieben|sechs|fünf|vier|drei|zwei|eins|eine[mnr]?|ein|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
