// Sizes of moves told in points or money, not prices: "472,18 Punkte oder 21,86 Prozent im Plus" (issue 11).

// A figure right after one of these is where a price stands ("bei 15.000 Punkten (+0,5 %)"), not a move.
const AT_PRICE = /(?<![\p{L}])(?:auf|bei|von|vom|zu|zum|mit|an|am|über|unter|bis|nach|at|to|from)\s*$/iu;
// "30,34 Punkte oder 1,32 Prozent": the same move told again in percent. Not "29,40€ (+8,9%)": a bracketed
// percent after a price is that day's change.
const PERCENT_AFTER =
  /^\s*(?:oder\s+|bzw\.?\s+|beziehungsweise\s+)(?:rund\s+|etwa\s+|knapp\s+|fast\s+|gut\s+)?[+\-−]?[\d.,]+\s*(?:prozent|%)/iu;
// "mit einem Plus von 0,89 Prozent oder 11,65 Punkten": the move told in percent first.
const PERCENT_BEFORE = /[\d.,]+\s*(?:prozent|%)\s+(?:oder|bzw\.?|beziehungsweise)\s*$/iu;
// "sinkt der Kurs um fast 7 Prozent und rund 1,50 Euro": a move by a percent "und" a sum tells one move twice.
const BY_PERCENT_AND =
  /\bum\s+(?:(?:fast|knapp|rund|etwa|gut|mehr als)\s+)?[\d.,]+\s*(?:prozent|%)\s+und\s+(?:(?:fast|knapp|rund|etwa|gut)\s+)?$/iu;
// "rund 36 Punkte über der heutigen Händlerprognose": the distance to another value.
const DISTANCE_AFTER =
  /^\s*(?:über|unter|oberhalb|unterhalb)\s+(?:der|dem|den|des|ihrem|ihrer|ihren|seinem|seiner|seinen)\b/iu;
// "um fast 20 Franken auf 55 Franken", "um mehr als zehn Cent ab": "um" with an end or a particle after.
const BY_BEFORE = /\bum\s*$/iu;
const BY_CLOSES = /^\s*(?:auf|ab|zu|nach|ein|zurück|to)\b/iu;
// "Mehr als 500 Punkte hat der Dax … verloren": a participle of gaining or losing closes the clause.
const MOVED_AFTER =
  /^[^,.;:\d]{0,60}\b(?:verloren|gewonnen|eingebüßt|eingebüsst|zugelegt|abgegeben|nachgegeben)\b/iu;

// "einen Aufschlag von 74,68 Punkten oder 0,49 Prozent", "einen Gewinn von 108 Punkten": a move noun names the
// figure after "von" a move.
const MOVE_NOUN_OF =
  /(?<![\p{L}])(?:aufschlag|abschlag|plus|minus|zuwachs|anstieg|rückgang|kursgewinn|kursverlust|kursplus|kursminus|gewinn|verlust)\p{L}*\s+von\s+(?:rund\s+|etwa\s+|knapp\s+|fast\s+|gut\s+|mehr als\s+)?$/iu;
// "einen Anstieg von 7700 auf nun 26700 Punkte": after a move noun, "von X auf Y" gives the old and new value.
const FROM_TO_AFTER = /^\s*(?:auf|nach)(?:\s+(?:jetzt|nun|zuletzt|aktuell|heute))?\s*$/iu;
// "mit 100 Punkten Unterschied zwischen dem höchsten und dem niedrigsten Stand": the width of a range.
const WIDTH_AFTER = /^\s*(?:unterschied|differenz|abstand|schwankungsbreite)(?![\p{L}])/iu;
// "Neun Punkte fehlen zur 5000": what is missing to a mark is a distance, not where the index stands.
const MISSING_AFTER =
  /^\s*(?:fehlen|fehlten|fehlt|fehlte)\s+(?:noch\s+)?(?:bis\s+)?(?:zur|zum|an|bis)(?![\p{L}])/iu;

// "Das rechnerische Abschlagspotenzial lässt sich auf gut 10 Euro taxieren": a potential measured in money is the
// size of the move, not a target price (a target is "Potenzial bis auf X").
const MEASURED_POTENTIAL = /potenzial\p{L}*\s+(?:lässt|ließe|liesse)\s+sich\s+(?:auf|mit)\s*$/iu;
const MEASURED_AFTER = /^\s*(?:taxieren|beziffern|veranschlagen|schätzen|berechnen)(?![\p{L}])/iu;

// "also ganze 22 Punkte höher", "2 Euro billiger": a comparative after the figure makes it the size of the move.
const COMPARATIVE_AFTER = /^\s*(?:höher|tiefer|niedriger|teurer|billiger)(?![\p{L}])/iu;

/** Whether a money or points figure is the size of a move in the words around it, not a price. */
export function isMoveSize(
  leftLocal: string,
  leftFull: string,
  rightLocal: string,
  rightFull: string,
): boolean {
  if (PERCENT_BEFORE.test(leftFull) || BY_PERCENT_AND.test(leftFull)) return true;
  if (BY_BEFORE.test(leftLocal) && BY_CLOSES.test(rightLocal)) return true;
  if (MOVE_NOUN_OF.test(leftLocal) && !FROM_TO_AFTER.test(rightLocal)) return true;
  if (WIDTH_AFTER.test(rightLocal) || MISSING_AFTER.test(rightLocal)) return true;
  if (MEASURED_POTENTIAL.test(leftLocal) && MEASURED_AFTER.test(rightLocal)) return true;
  if (AT_PRICE.test(leftLocal)) return false;
  return (
    PERCENT_AFTER.test(rightFull) ||
    DISTANCE_AFTER.test(rightLocal) ||
    MOVED_AFTER.test(rightFull) ||
    COMPARATIVE_AFTER.test(rightLocal)
  );
}
