// Bounds that say what kind a price is: "erstmals über 70 Dollar", "fiel unter 12.800 Zähler" (issue 11).
import { isShortHorizon } from './record-marks';
import type { FigureKind } from './types';

// "stieg erstmals über 70 Dollar", "notierte erstmals seit dem Jahr 2001 über 2600 Zählern": a bound first
// reached in the figure's clause; the horizon (if any) follows "seit".
const FIRST_TIME = /\berstmals\b([^,.;:]{0,60})$/iu;
const UPPER_BOUND = /^(?:über|mehr als|oberhalb von|over|more than)$/iu;
const LOWER_BOUND = /^(?:unter|weniger als|unterhalb von|under|less than)$/iu;

/** The mark a bound first reached is ("erstmals über X": a record high), a quote for a short horizon, else null. */
export function firstTimeBound(qualifierWord: string | null, leftFull: string): FigureKind | null {
  if (qualifierWord === null) return null;
  const upper = UPPER_BOUND.test(qualifierWord);
  if (!upper && !LOWER_BOUND.test(qualifierWord)) return null;
  const first = FIRST_TIME.exec(leftFull);
  if (!first) return null;
  // "erstmals seit Juni unter 100 Euro" is the lowest price for months, not a 52-week mark.
  if (isShortHorizon(first[1] ?? '')) return 'quote';
  return upper ? 'high_52w' : 'low_52w';
}

// "fiel zwischenzeitlich unter 12.800 Zähler", "schaffte es kurz über 33 400 Punkte": a finite verb of
// moving or reaching right before the bound makes it the price reached.
const REACHED_BOUND = /\bschaffte\s+es\b[^,.;]{0,15}$/iu;
// "liegt bereits deutlich über 111 Dollar": a verb of standing at a price does the same.
const MOVED_TO_BOUND =
  /\b(?:fiel|fielen|fällt|stieg|stiegen|steigt|sank|sanken|sinkt|sackte\w*|rutscht\w*|kletter\w*|sprang|springt|kostete\w*|liegt|liegen|lag|lagen|notiert|notierte\w*)\b[^,.;:\d]{0,30}$/iu;
// "fällt um fast 40 Prozent auf knapp über fünf Euro": the end of a move given as a bound is the price reached.
const MOVE_END_BOUND = /(?<![\p{L}])(?:auf|bis auf)\s+(?:knapp|gut|deutlich|leicht|etwas|klar)?\s*$/iu;
// "Fällt die Kryptowährung unter 100.000 Dollar?": a bound asked about is the line, not a price reached.
const ASKED = /^[^.;!]*\?/u;
// "über 150 Euro je Megawattstunde notiert", "unter 1,36 Dollar gefallen": the participle after the bound.
const QUOTED_AFTER_BOUND =
  /^\s*(?:(?:je|pro|per)\s+[\p{L}-]+\s+)?(?:(?:ge)?(?:kostet\w*|notiert\w*|gehandelt)|gefallen|gestiegen|geklettert|gesunken|gerutscht|gesackt|abgestürzt|abgerutscht|gesprungen|zurückgefallen)\b/iu;

// "Fällt die Aktie unter 70 Euro, wäre das …": a verb opening the sentence makes it a condition.
const CONDITION_START = /^\s*(?:fällt|fallen|steigt|steigen|sinkt|sinken|rutscht|klettert|springt)\b/iu;

/**
 * Whether a bound ("über/unter X") is the price reached, by the verb before or the participle after it.
 * When the sentence goes on to give the price ("rutschte unter 60.000 Dollar und notierte zuletzt bei 59.420
 * Dollar"), the bound is the line crossed, not the price.
 */
export function isBoundReached(
  leftLocal: string,
  leftFull: string,
  rightLocal: string,
  rightFull: string,
): boolean {
  if (ASKED.test(rightFull)) return false;
  if (QUOTED_AFTER_BOUND.test(rightLocal) || REACHED_BOUND.test(leftLocal)) return true;
  if (CONDITION_START.test(leftFull)) return false;
  return MOVE_END_BOUND.test(leftLocal) || (MOVED_TO_BOUND.test(leftLocal) && !/\d/u.test(rightFull));
}

// "die Aktien kosten keine 96 Franken mehr", "nicht einmal ganz 3 Franken mehr": a bound on today's price.
const NO_MORE_BEFORE = /\b(?:keine|kein|nicht\s+(?:einmal|mal)(?:\s+ganz)?|nicht\s+ganz)\s*$/iu;
const NO_MORE_AFTER = /^\s*mehr\b(?!\s+als)/iu;

/** Whether the figure is framed "keine X mehr": what the price no longer reaches, i.e. a quote. */
export function isNoLongerPrice(leftLocal: string, rightLocal: string): boolean {
  return NO_MORE_BEFORE.test(leftLocal) && NO_MORE_AFTER.test(rightLocal);
}
