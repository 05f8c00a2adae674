// Bounds that say what kind a price is: "erstmals über 70 Dollar", "fiel unter 12.800 Zähler" (issue 11).
import { isShortHorizon } from './record-marks';
import type { FigureKind } from './types';

// "stieg erstmals über 70 Dollar", "notierte erstmals seit dem Jahr 2001 über 2600 Zählern": a bound first
// reached in the figure's clause; the horizon (if any) follows "seit".
// "zum ersten Mal seit 2004 wieder weniger als 30 Dollar" is said the same way.
const FIRST_TIME = /\b(?:erstmals|zum ersten mal)\b([^,.;:]{0,60})$/iu;
const UPPER_BOUND = /^(?:über|mehr als|oberhalb von|over|more than)$/iu;
const LOWER_BOUND = /^(?:unter|weniger als|unterhalb von|under|less than)$/iu;
const BOUND_WORD = /^(?:über|unter|mehr als|weniger als|oberhalb von|unterhalb von)$/iu;

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
// "liegt bereits deutlich über 111 Dollar", "stand nur noch wenig über 1800 Dollar": a verb of standing at a price
// does the same.
const MOVED_TO_BOUND =
  /\b(?:fiel|fielen|fällt|stieg|stiegen|steigt|sank|sanken|sinkt|sackte\w*|rutscht\w*|kletter\w*|sprang|springt|schießt|schoss|schossen|kostete\w*|liegt|liegen|lag|lagen|steht|stehen|stand|standen|notiert|notierte\w*)\b[^,.;:\d]{0,30}$/iu;
// "fällt um fast 40 Prozent auf knapp über fünf Euro": the end of a move given as a bound is the price reached.
// "und der Dollar bei unter 0,74 Franken": a bound after "bei" is where the price stands.
const MOVE_END_BOUND =
  /(?<![\p{L}])(?:auf|bis auf|bei)\s+(?:knapp|gut|deutlich|leicht|etwas|klar|weit)?\s*$/iu;
// "Fällt die Kryptowährung unter 100.000 Dollar?": a bound asked about is the line, not a price reached.
const ASKED = /^[^.;!]*\?/u;
// "über 150 Euro je Megawattstunde notiert", "unter 1,36 Dollar gefallen": the participle after the bound.
const QUOTED_AFTER_BOUND =
  /^\s*(?:(?:je|pro|per)\s+[\p{L}-]+\s+)?(?:(?:ge)?(?:kostet\w*|notiert\w*|gehandelt)|gefallen|gestiegen|geklettert|gesunken|gerutscht|gesackt|abgestürzt|abgerutscht|gesprungen|zurückgefallen|gehalten|behauptet)\b/iu;

// "klar unter 0,93 Franken notiert mit einem Tagestief bei 0,92575 Franken", "knapp unter 3.000 Punkten, nämlich
// bei 2.981,63": the sentence goes on to give the price, so the bound is the line, even with a participle of trading.
const PRICE_GIVEN_LATER =
  /^[^.;]{0,40}?(?:\bmit\s+einem\s+[\p{L}-]*(?:tief|hoch)\p{L}*\s+(?:bei|von)|\bnämlich(?:\s+(?:bei|auf|mit))?)\s+(?:rund\s+|etwa\s+)?\d/iu;

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
  if (ASKED.test(rightFull) || PRICE_GIVEN_LATER.test(rightFull)) return false;
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

// "fiel der Kurs … unter 1,18 US-Dollar und erreichte bei 1,1763 Dollar den tiefsten Stand": when the clause after
// the bound gives the price reached, the bound is the line crossed (a chart level), even after a quote word.
const PRICE_GIVEN_AFTER = /^\s*(?:[\p{L}-]+\s+)?und\s+(?:\p{L}+\s+){1,4}(?:bei|auf|mit)\s*$/iu;

// "schloss knapp unter 20.000 Punkten, nämlich bei 19.987,50": the same, up to the next figure (PRICE_GIVEN_LATER).
const PRICE_NAMED_NEXT =
  /^[^.;]{0,40}?(?:\bmit\s+einem\s+[\p{L}-]*(?:tief|hoch)\p{L}*\s+(?:bei|von)|\bnämlich(?:\s+(?:bei|auf|mit))?)\s*(?:rund\s+|etwa\s+)?$/iu;

/** Whether a bound is the line crossed because the words after it lead to the price reached ("und erreichte bei X"). */
export function isLineBeforePrice(qualifierWord: string | null, rightLocal: string): boolean {
  return (
    qualifierWord !== null &&
    BOUND_WORD.test(qualifierWord) &&
    (PRICE_GIVEN_AFTER.test(rightLocal) || PRICE_NAMED_NEXT.test(rightLocal))
  );
}

// "Dow Jones knackt erstmals 20.000er Marke - Dax über 11.800": an index name right before the bound is a
// headline's subject with its verb left out, so the bound is where the index stands.
// "DAX am Mittag wieder unter 16.000 Punkten": a time of day and "wieder/weiter" may stand between.
const INDEX_BEFORE_BOUND =
  /(?<![\p{L}])(?:[ms]?dax|tecdax|smi|atx|dow(?: jones)?|nasdaq|nikkei|stoxx|ftse|(?:leit)?index)(?:\s+(?:am|zum|im)\s+[a-zäöüß]+)?(?:\s+(?:schließt|schliesst|schloss|endet|endete|notiert|steht|bleibt))?(?:\s+(?:wieder|weiter|noch|knapp|klar|deutlich))?\s*$/iu;
// "Swiss Market Index schliesst wieder über 9000": a close verb may stand between (Swiss "schliesst" too).

/** Whether an index name stands right before a bound with no verb between (a headline: "Dax über 11.800"). */
export function isIndexAtBound(qualifierWord: string | null, leftLocal: string): boolean {
  return qualifierWord !== null && BOUND_WORD.test(qualifierWord) && INDEX_BEFORE_BOUND.test(leftLocal);
}

// "Dax endet trotz Rekord unter 13 000 Punkten": a close verb right before the bound (a "trotz/nach …" between) makes
// the bound the close; the record word in the concession names another figure.
const CLOSE_BEFORE_BOUND =
  /(?<![\p{L}])(?:endet|endete|schließt|schliesst|schloss|beendet|beendete)(?:\s+(?:trotz|nach)\s+[a-zäöüß-]+)?(?:\s+(?:knapp|klar|deutlich|leicht))?\s*$/iu;
// "Nur knapp unterhalb von 5000 Punkten ist der Dax aus dem Handel gegangen": the close said after the bound, in any
// tense ("musste deutlich unter 50 Euro aus dem Handel gehen"); "geht oberhalb von 16.000 Punkten ins Wochenende" is the
// week's close.
const CLOSE_AFTER_BOUND =
  /^[^,.;\d]{0,40}?(?<![\p{L}])(?:aus dem (?:handel|tag) (?:gegangen|gehen|ging|geht)|ins wochenende|geschlossen)(?![\p{L}])/iu;

/** Whether a bound is the session's close by a close verb right before or after it (and no price given later). */
export function isClosedAtBound(
  qualifierWord: string | null,
  leftLocal: string,
  rightLocal: string,
): boolean {
  if (
    qualifierWord === null ||
    !BOUND_WORD.test(qualifierWord) ||
    isLineBeforePrice(qualifierWord, rightLocal)
  )
    return false;
  return CLOSE_BEFORE_BOUND.test(leftLocal) || CLOSE_AFTER_BOUND.test(rightLocal);
}

// "keinen Eurokurs unter 1,20 Franken zu tolerieren": a bound a central bank will not tolerate is a policy floor or
// cap (like a gas price cap), neither a price nor a chart level.
const TOLERATED_AFTER = /^\s*(?:zu\s+)?(?:tolerieren|akzeptieren|dulden|hinzunehmen|hinnehmen)(?![\p{L}])/iu;

/** Whether a bound is a policy floor or cap: "keinen Kurs unter X zu tolerieren". */
export function isToleratedBound(qualifierWord: string | null, rightLocal: string): boolean {
  return qualifierWord !== null && BOUND_WORD.test(qualifierWord) && TOLERATED_AFTER.test(rightLocal);
}

// "an der von der SNB gesetzten Untergrenze von 1,20", "den Mindestkurs von 1,20 Franken": a floor a central bank
// set is a policy rule too.
const POLICY_FLOOR_BEFORE =
  /(?<![\p{L}])(?:(?:kurs)?untergrenze|mindestkurs|kursobergrenze|obergrenze)\s+(?:von|bei)\s+$/iu;

/** Whether the figure is a central bank's floor or cap named right before it ("Untergrenze von 1,20"). */
export function isPolicyFloor(leftLocal: string): boolean {
  return POLICY_FLOOR_BEFORE.test(leftLocal);
}

// "stand am Mittwoch zeitweise bei nur knapp über 20.000 Dollar", "blieb schon drei Tage in Folge über 3.600 US$",
// "einem Preis von über 120 Euro": a bound the price stands at is the price; a bound in a condition, a question or
// named as a crossing ("Fällt die Aktie unter 70 Euro, …", "Erst unterhalb von 95 Euro würde …", "mit dem Fall unter
// 115 Euro") stays the line.
const STATE_VERB =
  /(?<![\p{L}])(?:stand|standen|steht|stehen|lag|lagen|liegt|liegen|blieb|blieben|bleibt|bleiben|notierte|notierten|notiert|notieren|kostete|kosteten|kostet|kosten|war|waren|ist|sind)(?![\p{L}])/iu;
const PRICE_OF_BEFORE = /(?<![\p{L}])(?:preis|kurs|wert)\s+von\s+(?:(?:knapp|gut|nur|etwas)\s+)?$/iu;
const CONDITION_WORD =
  /(?<![\p{L}])(?:erst|wenn|falls|sollte|sollten|würde|würden|wäre|wären|droht|drohen|spätestens|bricht|gelingt|könnte|könnten)(?![\p{L}])|\?/iu;
const CROSSING_NOUN_BEFORE =
  /(?<![\p{L}])(?:fall|anstieg|sprung|rutsch|ausbruch|rückfall|durchbruch|absturz|einbruch)\s+(?:unter|über|oberhalb|unterhalb)/iu;

/** Whether a bound (not reached by a move) is the price the sentence says something stands at. */
export function isStateBound(sentence: string, leftLocal: string, leftFull: string): boolean {
  if (CONDITION_WORD.test(sentence) || CROSSING_NOUN_BEFORE.test(leftLocal.slice(-40))) return false;
  if (PRICE_OF_BEFORE.test(leftLocal)) return true;
  const ownClause = leftFull.split(/,\s|;|:\s|\s[–—-]\s/u).at(-1) ?? leftFull;
  return STATE_VERB.test(ownClause);
}
