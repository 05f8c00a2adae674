// Written forms of market-report figures that the plain number + unit scan misses (issue 11).
import { UNIT_AFTER_SOURCE, unitOfWord } from './lexicon';
import type { UnitMatch } from './lexicon';

/** "19.000er", "17.000er-Marke", "15.500er Marke", "18.500er-Punkte": a round mark as a chart level. */
export const ER_COMPOUND =
  /er(?:(?:-|\s)?(?:Punkte-Marke|Punkte|Marke|Zone|Bereich|Linie|Hürde|Schwelle|Niveau|Widerstand|Unterstützung)\b)?(?![\p{L}])/uy;

// "die 90er Jahre", "in den 80ern": decades, not marks.
const DECADE_AFTER = /^\s*(?:Jahre|Jahren|Jahrzehnt)/u;

/** Whether the "er" mark after a number is a chart level (long enough, not a decade). */
export function isErMark(value: number, erText: string, after: string): boolean {
  if (DECADE_AFTER.test(after)) return false;
  // A bare "19.000er" needs a number of an index's size; with a mark word any size will do ("50er-Marke").
  return erText.length > 2 || value >= 1000;
}

/** "50-prozentiges", "50prozentige": percent written as an adjective. */
export const PERCENT_ADJECTIVE = /-?prozentig\p{L}*/uy;

/**
 * The upper end of a slash range: "18.450/500" is 18.450 to 18.500 (the second figure repeats only the last
 * digits), "15.201/15.272" is 15.201 to 15.272. Null when it is no range (lower or equal).
 */
export function slashUpper(low: number, high: number, highDigits: string): number | null {
  if (high > low) return high;
  const digits = highDigits.replace(/\D/g, '').length;
  const step = 10 ** digits;
  const completed = low - (low % step) + high;
  return completed > low ? completed : null;
}

/**
 * Whether a unit word glued to the next word is a headline joined without a space ("Ziel 295 EuroDie …"):
 * the unit ends in a small letter and a capitalised word follows.
 */
export function isGluedToNextWord(unitText: string, after: string): boolean {
  return /[a-zäöü]$/u.test(unitText) && /^[A-ZÄÖÜ][a-zäöüß]/u.test(after);
}

/** Fraction words an upside may be written in ("mehr als die Hälfte"), as percent. */
export const FRACTION_WORD =
  /(?<![\p{L}])(?:(?:mehr als|fast|knapp|rund|gut|über)\s+)?(?:die|der|ein|einem|eine)\s+(Hälfte|Drittel|Viertel|Fünftel)(?![\p{L}])/giu;

const FRACTIONS: Record<string, number> = { hälfte: 50, drittel: 100 / 3, viertel: 25, fünftel: 20 };

/** The percent a fraction word stands for. */
export function fractionPercent(word: string): number | null {
  return FRACTIONS[word.toLowerCase()] ?? null;
}

/** A sentence that speaks of upside or downside potential (only then are fraction words figures). */
export const POTENTIAL_WORD =
  /potenzial|potential|luft nach oben|upside|downside|aufwärtschance|abwärtsrisiko/iu;

// "1,4222 (Mittwoch: 1,4207) Dollar", "auf 1,2847 (Montag: 1,2958) US-Dollar": a previous value in brackets
// stands between a figure and its unit; the figure in the brackets reads its unit after the closing bracket.
const BRACKET_BETWEEN = /\s*\([^()]{0,30}\)\s*/uy;
const BRACKET_CLOSE = /\s*\)\s*/uy;
const UNIT_RIGHT_HERE = new RegExp(`(${UNIT_AFTER_SOURCE})(?![\\p{L}])`, 'iuy');

/** The unit written after a bracketed partner figure (or after the closing bracket), if any. */
export function unitBeyondBracket(text: string, at: number, sentence: string): UnitMatch | null {
  for (const gap of [BRACKET_BETWEEN, BRACKET_CLOSE]) {
    gap.lastIndex = at;
    if (!gap.exec(text)) continue;
    UNIT_RIGHT_HERE.lastIndex = gap.lastIndex;
    const unit = UNIT_RIGHT_HERE.exec(text);
    if (unit?.[1]) return unitOfWord(unit[1], sentence);
  }
  return null;
}
