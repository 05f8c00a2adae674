// Money figures no price word names that are still a share's or a good's price: "sank das Papier auf derzeit
// lediglich noch 66,49 Euro", "Zuvor lag dieses bei 500 Dollar", "Ihr Preis sprang … bis auf knapp 7 Euro" (issue 11).
import { PERCENT_CUES, PRICE_CUES, nearestCue } from './keywords';

const AMOUNT_CUES = PRICE_CUES.filter(([name]) => name === 'amount');
const SUBJECT_CUES = PERCENT_CUES.filter(([name]) => name === 'subject_price');
// The figure is where something stood or moved to: "auf", "bei", "mit", "von", "bis auf", with the softeners and
// time words that may stand between ("auf derzeit lediglich noch", "bei etwas mehr als").
const AT_OR_TO_BEFORE =
  /(?<![\p{L}])(?:auf|bei|mit|von|bis)\s+(?:(?:derzeit|aktuell|zuletzt|nun|jetzt|lediglich|nur|noch|etwa|rund|knapp|gut|fast|etwas|mehr als|weniger als|über|unter|zeitweise|zwischenzeitlich|einem|einen|kurswert|spitzenwert|wert|kurs|von|auf)\s+)*$/iu;
// Who or what stood there: a share or price word, a fuel ("ist Diesel … mit 1,077 Euro am billigsten"), or a verb of
// standing or moving.
const PRICE_WORD =
  /(?<![\p{L}])(?:preis|kurswert|spitzenwert|notierung|diesel|benzin|heizöl|superbenzin|sprit)(?![\p{L}])|(?<![\p{L}])(?:lag|lagen|stand|standen|ging|sank|sanken|stieg|stiegen|fiel|fielen|sprang|sprangen|startet|startete|kletterte|rutschte|notierte|kostete|stagniert|stagnierte|verharrt|verharrte|pendelt|pendelte|tendiert|tendierte)(?![\p{L}])/iu;
// "mit einem Verlust von 4,8 Prozent auf 30,76 Euro": a percent move names no sum, so its word is no amount cue.
const PERCENT_MOVE = /\p{L}+\s+von\s+[\d.,]+\s*(?:prozent|%)|[\d.,]+\s*(?:prozent|%)\s+\p{L}+/giu;
const CLAUSE_BREAK = /,\s|;|:\s|\s[–—-]\s|\(/u;
// Sums per share (book value, offer, dividend, "Gewinnschätzungen je Titel"), statistics and thresholds stay amounts:
// "der Buchwert je Aktie liegt bei 31 Euro", "über dem Median von 24 Euro", "einen durchschnittlichen Preis von 1,38 Euro", "ab einem Preis von".
const NOT_A_TRADE =
  /(?<![\p{L}])(?:je|pro)\s+(?:aktie|titel|anteil|anteilsschein|papier)|per share|median|mittelwert|durchschnitt\p{L}*|(?<![\p{L}])ab\s+(?:einem|einer)\s/iu;
const PER_SHARE_AFTER = /^\s*(?:je|pro)\s+(?:aktie|anteil|titel|papier)/iu;
// "Jetzt sind es weniger als 18.000 Dollar", "Im März waren es zeitweise sogar mehr als 10.000 Dollar": the price told
// again by "es" (the sentence before named the thing priced).
const IT_WAS_BEFORE =
  /(?<![\p{L}])(?:sind|waren|ist|war)\s+es\s+(?:(?:sogar|noch|nur|schon|bereits|jetzt|nun|wieder|zeitweise|zwischenzeitlich|etwa|rund|knapp|gut)\s+)*$/iu;

function hasAmountWord(text: string): boolean {
  return nearestCue(text, AMOUNT_CUES, true) !== null;
}

/** Whether an unnamed money figure is the price something stood at or moved to, by its own clause. */
export function isTradedAmount(leftLocal: string, leftFull: string, rightLocal: string): boolean {
  if (PER_SHARE_AFTER.test(rightLocal)) return false;
  if (IT_WAS_BEFORE.test(leftLocal)) return !hasAmountWord(leftFull);
  if (!AT_OR_TO_BEFORE.test(leftLocal)) return false;
  const ownClause = (leftFull.split(CLAUSE_BREAK).at(-1) ?? leftFull).replace(PERCENT_MOVE, ' ');
  if (NOT_A_TRADE.test(ownClause)) return false;
  const subject = nearestCue(ownClause, SUBJECT_CUES, true);
  const amount = nearestCue(ownClause, AMOUNT_CUES, true);
  if (amount && (subject === null || amount.distance <= subject.distance)) return false;
  return subject !== null || PRICE_WORD.test(ownClause);
}
