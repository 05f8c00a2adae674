// Sentences whose "Punkte" are no market prices, and day-session words that make a high a quote (issue 11).
import type { FigureUnit } from './types';

// Named economic indicators: their readings in points are survey results, not prices.
const INDICATOR_NAME =
  /einkaufsmanager\w*|\bpmi\b|\bifo\b|ifo-\w+|geschäftsklima\w*|konjunkturbarometer\w*|stimmungsbarometer\w*|verbrauchervertrauen|konsumklima\w*|\bzew\b|zew-\w+|wachstums(?:schwelle|grenze|marke)|expansionsschwelle|konjunkturindex|dienstleistungssektor/iu;
// Words of a data release; only small readings (a survey index is near 50 or 100) count with them.
const RELEASE_WORD =
  /ausweis\w*|unternehmens(?:umfrage|befragung)\w*|statistik\w*|statistikamt|volkswirte|ökonomen|umfrage\w*|befragung\w*/iu;
const SPORTS_WORD =
  /tabelle\w*|spieltag\w*|bundesliga|vorsprung|spitzenreiter|relegation\w*|\bmeister\w*|\bsieg\w*|niederlage\w*|\btore?\b|saison\w*|trainer\w*|mannschaft\w*|abstieg\w*|fußball\w*|\bliga\b|punktgleich\w*|rückstand|\b(?:bvb|fc|vfb|vfl|tsg|hsv)\b|\bals\s+(?:erster|zweiter|dritter|vierter|fünfter|sechster|siebter|achter|neunter|zehnter)\b/iu;
const SMALL_READING = 200;

/** Whether points in this sentence are an economic indicator reading or a sports score, not a price. */
export function isNonMarketPoints(unit: FigureUnit, value: number, sentence: string): boolean {
  if (unit !== 'points') return false;
  if (INDICATOR_NAME.test(sentence)) return true;
  return Math.abs(value) < SMALL_READING && (RELEASE_WORD.test(sentence) || SPORTS_WORD.test(sentence));
}

// The session's own high or low: "heutiges Tagestief", "am heutigen Montag", "im Tagesverlauf"; a sentence that
// also tells the close ("bei Börsenschluss stand …") reports one session too.
const DAY_SESSION =
  /tages(?:hoch|tief|verlauf)\w*|heutig\w*|im (?:früh|frühen )?handel|\bheute\b|am (?:montag|dienstag|mittwoch|donnerstag|freitag)\b|in der früh|intraday|(?:börsen|handels)schluss\w*/iu;
// A horizon that makes a high a 52-week, year or record mark ("bisheriger Höchststand": the highest so far);
// "seit 18 Monaten": twelve months or more count as a year.
const LONG_HORIZON =
  /jahr\w*|52|seit (?:1[2-9]|[2-9]\d|\d{3}) monat\w*|bisherig\w*|rekord\w*|allzeit\w*|bestmarke\w*|so hoch wie (?:noch )?nie|seit \d{4}|historisch\w*|geschicht\w*|\bnie\b/iu;

// "Der Tiefststand lag bei …, während der Höchststand bei … erreicht wurde": both ends of one session.
const GENERIC_LOW = /tiefststand\w*|tiefsten\s+stand|niedrigsten\s+stand|tagestief\w*/iu;
const GENERIC_HIGH = /höchststand\w*|höchsten\s+stand|tageshoch\w*/iu;

/** Whether a sentence gives a high and a low without any horizon: the range of one session, so quotes. */
export function isSessionRange(sentence: string): boolean {
  return GENERIC_LOW.test(sentence) && GENERIC_HIGH.test(sentence) && !LONG_HORIZON.test(sentence);
}

/** Whether a generic high/low ("höchsten Stand", "Höchststand") is only the day's: then it is a quote. */
export function isDayExtreme(sentence: string, previousSentence: string): boolean {
  if (LONG_HORIZON.test(sentence)) return false;
  return (
    DAY_SESSION.test(sentence) || (DAY_SESSION.test(previousSentence) && !LONG_HORIZON.test(previousSentence))
  );
}
