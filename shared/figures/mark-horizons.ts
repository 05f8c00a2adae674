// How far back a high or low reaches when its own words say it: a year word at the figure, or none at all (issue 11).
import { PRICE_CUES } from './keywords';
import { isExplicitRecord, longHorizonMark } from './record-marks';

const HIGH_CUE = PRICE_CUES.find(([name]) => name === 'high_52w')?.[1] ?? /$^/u;
const LOW_CUE = PRICE_CUES.find(([name]) => name === 'low_52w')?.[1] ?? /$^/u;
// "Jahrestief", "52-Wochen-Hoch", "Rekordhoch", "Allzeithoch", "Mehrjahrestief", "12-jähriges Hoch": the mark word
// itself names a year or more, whatever horizon another clause gives ("der tiefste Stand seit März, das Jahrestief bei").
const YEAR_MARK_WORD = /jahres|52|jährig|rekord|allzeit|all-time|record|bestmarke/iu;
// "Den höchsten Stand markierte … bei": a superlative that names no horizon. "auf ein Hoch bei 21,12 Euro": an
// indefinite high is a peak the move reached; "das Hoch bei 51 Franken", "seit dem Tief bei", a "neuer Höchststand"
// and a bare "Höchststand" name a known mark and stay 52-week marks (the older corpora label them so).
const BARE_MARK = /^(?:höchst|tiefst|niedrigst)e[nmrs]?\s+(?:stand|niveau)\b/iu;
const INDEFINITE_MARK =
  /(?<![\p{L}])ein\s+(?:hoch|tief)\s+(?:bei|von)\s+(?:(?:rund|etwa|knapp|gut|über)\s+)?$/iu;

// The last high or low cue word before the figure, in its own clause.
function lastMarkWord(leftLocal: string): string | null {
  let last: { at: number; text: string } | null = null;
  for (const pattern of [HIGH_CUE, LOW_CUE]) {
    pattern.lastIndex = 0;
    for (const match of leftLocal.matchAll(pattern)) {
      if (last === null || match.index > last.at) last = { at: match.index, text: match[0] };
    }
  }
  return last?.text ?? null;
}

/** Whether the high or low word nearest before the figure names a year or more by itself ("das Jahrestief bei"). */
export function namesYearMark(leftLocal: string): boolean {
  const word = lastMarkWord(leftLocal);
  return word !== null && YEAR_MARK_WORD.test(word);
}

/**
 * Whether the high or low before the figure is bare: "Den höchsten Stand markierte … bei", "auf ein Hoch bei": with no
 * horizon or record word in the sentence it is the price reached (LABELLING.md: only year and longer marks are 52-week).
 */
export function isBareMark(leftLocal: string, sentence: string): boolean {
  const word = lastMarkWord(leftLocal);
  if (word === null || !(BARE_MARK.test(word) || INDEFINITE_MARK.test(leftLocal))) return false;
  return !isExplicitRecord(sentence) && longHorizonMark(sentence) === null && !YEAR_MARK_WORD.test(sentence);
}
