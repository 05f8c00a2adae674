// Percentages said as a move still possible, which are upside or downside potential (issue 11).
import { PERCENT_CUES } from './keywords';

// "dass der gesamte Index 56 Prozent nach oben gehen könnte, um den alten Rekordstand zu erreichen": a direction
// and a modal closing the clause after the percentage.
const POSSIBLE_MOVE_AFTER =
  /^\s*nach\s+(?:oben|unten)\s+(?:\p{L}+\s+)?(?:gehen|laufen|steigen|klettern|fallen|sinken|zulegen|rutschen)\s+(?:könnte|könnten|dürfte|dürften|würde|würden|müsste|müssten|kann|können)(?![\p{L}])/iu;

/** Whether the words after a percentage make it a possible move ("56 Prozent nach oben gehen könnte"). */
export function isPossibleMove(rightLocal: string): boolean {
  return POSSIBLE_MOVE_AFTER.test(rightLocal);
}

const BUSINESS = PERCENT_CUES.find(([name]) => name === 'subject_business')?.[1] ?? /$^/u;
// Who says the move may come: analysts, experts, a forecast.
const ANALYST_WORD =
  /(?<![\p{L}])(?:analyst\p{L}*|expert\p{L}*|prognose\p{L}*|profis|strategen|so die|laut)(?![\p{L}])/iu;
// "könnten laut Analysten von KBW um über 30 Prozent steigen": a modal, "um" and the infinitive of a move.
const MODAL =
  /(?<![\p{L}])(?:könnte|könnten|dürfte|dürften|würde|würden|sollte|sollten|müsste|müssten|wird|werden)(?![\p{L}])/iu;
const BY_BEFORE =
  /(?<![\p{L}])um\s+(?:(?:über|bis zu|rund|etwa|knapp|gut|fast|mehr als|ganze|satte|weitere|nochmals)\s+)?$/iu;
// "um ganze 18 Prozent in diesem Jahr steigen": a few words may stand before the infinitive.
const MOVE_INFINITIVE_AFTER =
  /^\s*(?:\p{L}+\s+){0,3}?(?:steigen|fallen|sinken|klettern|zulegen|nachgeben|anziehen|zurückgehen|einbrechen|abrutschen)(?![\p{L}])/iu;
// "droht der Commerzbank-Aktie ein Rückgang um etwa 20 Prozent": a loss said to threaten.
const THREATENED_DROP =
  /(?<![\p{L}])droh(?:t|en|e|te)(?![\p{L}])[^.;]{0,60}(?:rückgang|verlust|abschlag|kursrutsch|einbruch)\s+(?:um|von)\s+(?:(?:über|bis zu|rund|etwa|knapp|gut|fast|mehr als)\s+)?$/iu;
// "Die Prognosen der Profis würden also einem Plus bis zu 13 Prozent entsprechen".
const CORRESPONDS_AFTER = /^\s*(?:entspricht|entsprechen|entspräche|entsprächen)(?![\p{L}])/iu;

// "Dies würde immerhin einen Anstieg von 6,7% gegenüber Ende Juni bedeuten", "wäre das ein leichter Rückgang von
// 1,9 %": a move a forecast would mean, told as a change from now.
const WOULD = /(?<![\p{L}])(?:würde|würden|wäre|wären)(?![\p{L}])/iu;
const CHANGE_OF_BEFORE =
  /(?<![\p{L}])(?:anstieg|rückgang|plus|minus|zuwachs|abschlag|aufschlag|verlust|gewinn)\s+(?:von|um)\s+(?:(?:rund|etwa|knapp|gut|fast|über|bis zu)\s+)?$/iu;
// "…, damit ebenfalls leicht, nämlich um 1,1 %, unter dem derzeitigen Stand": a forecast's distance from now.
const FROM_NOW_AFTER =
  /^\s*,?\s*(?:unter|über|oberhalb|unterhalb)\s+(?:dem|des)\s+(?:derzeitigen|aktuellen|jetzigen|heutigen)\s+(?:stand|niveau|kurs|wert)/iu;
const FORECAST_WORD = /(?<![\p{L}])(?:prognose\p{L}*|vermut\p{L}*|erwart\p{L}*|schätzung\p{L}*|ausblick)/iu;

/** Whether a percentage is the move a forecast would mean ("Dies würde einen Anstieg von 6,7% … bedeuten"). */
export function isForecastDistance(sentence: string, leftLocal: string, rightLocal: string): boolean {
  if (BUSINESS.test(sentence)) return false;
  if (WOULD.test(sentence) && CHANGE_OF_BEFORE.test(leftLocal)) return true;
  return FROM_NOW_AFTER.test(rightLocal) && FORECAST_WORD.test(sentence);
}

/**
 * Whether analysts say a share's move in percent may still come ("könnten laut Analysten … um über 30 Prozent
 * steigen", "droht … ein Rückgang um etwa 20 Prozent, so die Analysten"): that is upside or downside potential.
 */
export function isAnalystPossibleMove(
  sentence: string,
  leftFull: string,
  leftLocal: string,
  rightLocal: string,
): boolean {
  if (!ANALYST_WORD.test(sentence) || BUSINESS.test(sentence)) return false;
  if (THREATENED_DROP.test(leftFull)) return true;
  if (CORRESPONDS_AFTER.test(rightLocal) && /prognose/iu.test(sentence)) return true;
  const ownClause = leftFull.split(/,\s|;|:\s/u).at(-1) ?? leftFull;
  return BY_BEFORE.test(leftLocal) && MODAL.test(ownClause) && MOVE_INFINITIVE_AFTER.test(rightLocal);
}
