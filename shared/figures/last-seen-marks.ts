// Multi-year marks said by comparison with the last time a price was seen, and records held at the close (issue 11).
import { LONG_HORIZON_SOURCE } from './record-marks';
import type { FigureKind } from './types';

// "für 1,0622 Franken zu haben – weniger kostete ein Euro zuletzt im August 2015": cheaper (dearer) last seen
// a year or more ago makes the price a multi-year low (high). A short horizon ("zuletzt im März") is no mark.
const LAST_SEEN_AFTER = new RegExp(
  `^[^.;\\d]{0,30}?[,–—-]\\s*(weniger|billiger|günstiger|niedriger|tiefer|mehr|teurer|höher)\\s+(?:kostete|kosteten|notierte|notierten|stand|standen|lag|lagen|war|waren)(?![\\p{L}])[^.;\\d]{0,40}?${LONG_HORIZON_SOURCE}`,
  'iu',
);

/** The multi-year mark a "– weniger kostete … zuletzt im <Datum>" clause after the figure makes of it, else null. */
export function lastSeenMarkAfter(rightFull: string): FigureKind | null {
  const seen = LAST_SEEN_AFTER.exec(rightFull);
  if (!seen) return null;
  return /^(?:mehr|teurer|höher)$/iu.test(seen[1] ?? '') ? 'high_52w' : 'low_52w';
}

// "konnte den Rekord zum Schlusskurs bei 6173 Punkten halten": a record told at the close is still the record,
// though the close word stands nearer the figure than the record word.
const RECORD_AT_CLOSE =
  /(?<![\p{L}])(?:rekord\p{L}*|allzeithoch\p{L}*|bestmarke\p{L}*|höchststand\p{L}*)\s+(?:zum|beim|auf|per)\s+(?:schlusskurs|schlussstand|handelsschluss|börsenschluss)(?:basis)?\s+(?:bei|von|mit)\s+(?:(?:rund|etwa|knapp|gut)\s+)?$/iu;

/** Whether the figure is a record said at the close right before it ("den Rekord zum Schlusskurs bei X"). */
export function recordHeldAtClose(leftLocal: string): FigureKind | null {
  return RECORD_AT_CLOSE.test(leftLocal) ? 'high_52w' : null;
}

// "knapp über dem bisherigen Jahrestiefststand vom 31. März, als 100 Liter Heizöl … 97,29 Euro kosteten": a year or
// record mark dated and then told in an "als" clause is the figure that clause states.
const MARK_DATED_WHEN =
  /(?<![\p{L}])((?:jahres|rekord|allzeit|mehrjahres)-?(?:tiefst|tief|höchst|hoch)\p{L}*|tiefststand\p{L}*|höchststand\p{L}*)\s+(?:vom|am|im|von)\s+[^,;]{0,30}?,\s*als\s+[^,;]{0,60}$/iu;
const COST_VERB_AFTER =
  /^\s*(?:(?:je|pro)\s+\p{L}+\s+)?(?:kostete|kosteten|notierte|notierten|stand|standen|lag|lagen)(?![\p{L}])/iu;

/** The mark a dated "<Jahrestief> vom <Datum>, als … X kosteten" names the figure, else null. */
export function markDatedWhen(leftFull: string, rightLocal: string): FigureKind | null {
  if (!COST_VERB_AFTER.test(rightLocal)) return null;
  const word = MARK_DATED_WHEN.exec(leftFull.slice(-140))?.[1] ?? '';
  if (!word) return null;
  return /tief/iu.test(word) ? 'low_52w' : 'high_52w';
}

// "fällt erstmals seit 20 Jahre auf den Tiefstwert von 95 Rappen": a low (high) first reached in years, named
// right before the figure, is a multi-year mark; a bare "Tiefstwert dieser Woche" stays the price.
const FIRST_IN_YEARS_MARK = new RegExp(
  `(?<![\\p{L}])erstmals\\s+${LONG_HORIZON_SOURCE}[^,.;\\d]{0,40}?(?<![\\p{L}])(tiefst|niedrigst|höchst)\\p{L}*\\s+(?:von|bei)\\s+(?:(?:rund|etwa|knapp|gut)\\s+)?$`,
  'iu',
);

/** The multi-year mark an "erstmals seit N Jahren … auf den Tiefstwert von X" names right before the figure, else null. */
export function firstInYearsMark(leftFull: string): FigureKind | null {
  const mark = FIRST_IN_YEARS_MARK.exec(leftFull.slice(-140))?.[1];
  if (!mark) return null;
  return /^h/iu.test(mark) ? 'high_52w' : 'low_52w';
}

// "bis zum Korrekturtief aus dem vergangenen Dezember (108,70 Dollar)": a recent move's low or high is the price
// reached (LABELLING.md, heldout-11), also when its value follows in brackets.
const RECENT_MARK_IN_BRACKET =
  /(?:korrektur|reaktions|erholungs|verlaufs|bewegungs|rally)-?(?:tief|hoch)\p{L}*[^().;\d]{0,50}\(\s*$/iu;

/** Whether the figure is the bracketed value of a recent move's low or high ("Korrekturtief … (X)"). */
export function isRecentMarkInBracket(leftLocal: string): boolean {
  return RECENT_MARK_IN_BRACKET.test(leftLocal);
}
