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
