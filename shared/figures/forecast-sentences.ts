// Sentences that forecast a price: a price in them is a target even without a target word (issue 11).

// "erwartet Ende 2025 einen Indexstand von", "rechnen … mit 4.300", "gehen … davon aus, dass der Goldpreis …",
// "glaubt … an einen Preis", "prognostiziert", "Prognose", "Preisschätzungen", "sieht den DAX in einem Bereich".
// "wie erwartet", "als erwartet" and "hatten … erwartet / gerechnet" report what came, so they are no forecast; nor is
// "kaum zu glauben".
const FORECAST_WORD =
  /(?<![\p{L}])(?:(?<!(?:wie|als)\s)erwart(?:e|et|en|ete|eten|ung|ungen)(?![\p{L}])|rechne[nt]?\s+(?:[^,;]{0,40}\s)?mit(?![\p{L}])|prognostiz\p{L}*|vermut(?:et|en)(?![\p{L}])|\p{L}*prognose[n]?(?![\p{L}])|\p{L}*schätzung(?:en)?(?![\p{L}])|(?<!zu\s)glaub(?:t|en)(?![\p{L}])|geh(?:t|en)\s+[^,.;]{0,30}davon\s+aus|trau(?:t|en)\s+[^,.;]{0,40}\szu(?![\p{L}])|(?:wäre|wären)\s+[^,.;]{0,60}(?:möglich|drin|denkbar|realistisch)(?![\p{L}])|(?:sieht|sehen)\s+[^,.;]{0,40}(?:bei|in einem bereich|zwischen)(?![\p{L}]))/iu;
const REPORTED_EXPECTATION = /\b(?:hatte|hatten)\b[^,.;]{0,60}\b(?:erwartet|gerechnet)\b/iu;
// A time ahead of the article: "Ende 2023", "zum Jahresende", "in zwölf Monaten", "für das kommende Jahr",
// "nächstes Jahr", "dieses Jahr", "diesjährigen", "zur Mitte des kommenden Jahres", "bis 2026", "zur Jahresmitte",
// "per 30. Juni".
const FUTURE_FRAME =
  /(?<![\p{L}])(?:(?:zum|bis|per|gegen)\s+(?:jahres)?ende|ende\s+(?:des\s+jahres|(?:19|20)\d\d)|jahresende|in\s+(?:zwölf|12|sechs|6|achtzehn|18)\s+monaten|(?:nächste|kommende)[nms]?\s+(?:jahr(?:es)?|monaten?)|dieses\s+jahr|diesjährig\p{L}*|für\s+(?:19|20)\d\d|bis\s+(?:19|20)\d\d|(?:zur\s+)?jahresmitte|per\s+\d{1,2}\.\s*(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember))(?![\p{L}])/iu;
// A present or past fact in the figure's own clause: "die Aktien kosten keine 96 Franken mehr".
// "Der Dax legte um 0,4 Prozent auf 19.450 Zähler zu, Analysten erwarten weitere Gewinne": a move that came.
const FACT_VERB =
  /(?<![\p{L}])(?:kostet|kosten|kostete|kosteten|notiert|notierte|notieren|schloss|schlossen|stieg|stiegen|fiel|fielen|sank|sanken|kletterte|kletterten|lag|lagen|stand|standen|erreichte|erreichten|markierte|markierten|handelt|gehandelt|legte|legten|gab|gaben|verlor|verloren|gewann|gewannen|zog|zogen|rutschte|rutschten|sackte|sackten|ging|gingen|beendete|beendeten|eröffnete|eröffneten|startete|starteten|büßte|büßten|verteuerte|verbilligte)(?![\p{L}])/iu;
const PAST_CLAUSE = /(?<![\p{L}])nachdem(?![\p{L}])/iu;
const FACT_VERB_AFTER =
  /^\s*(?:(?:je|pro)\s+[\p{L}-]+\s+)?(?:fiel|fielen|stieg|stiegen|sank|sanken|kletterte|kletterten|schloss|schlossen|notierte|notierten|gefallen|gestiegen|gesunken|gehandelt)(?![\p{L}])/iu;
// "(derzeit 48 Euro", "der derzeitige Schlusskurs bei": the price now, beside the forecast.
const NOW_BEFORE =
  /(?<![\p{L}])(?:derzeit\p{L}*|aktuell\p{L}*|zurzeit|momentan\p{L}*|jetzig\p{L}*|gegenwärtig\p{L}*|heute|zuletzt|schlusskurs|schlussstand)\s+(?:\p{L}+\s+)?(?:bei\s+|von\s+|mit\s+|rund\s+|etwa\s+|knapp\s+)?$/iu;

/**
 * Whether a price stands in a sentence that forecasts it ("die DZ Bank erwartet Ende 2025 einen Indexstand von
 * 21 500 Punkten", "gehen … davon aus, dass der Goldpreis Ende 2023 bei 1.835 Dollar je Unze liegen dürfte") and
 * is not the price now beside the forecast.
 */
export function isForecastSentence(
  sentence: string,
  leftLocal: string,
  leftFull: string,
  rightLocal = '',
): boolean {
  if (!FORECAST_WORD.test(sentence) || REPORTED_EXPECTATION.test(sentence)) return false;
  if (NOW_BEFORE.test(leftLocal)) return false;
  // The verb may stand before an earlier figure of the clause ("legte um 0,4 Prozent auf …") or before an apposition
  // ("notierte … zum Zeitpunkt der Abgabe der Schätzungen, dem 31. März, noch bei 15008 Punkten").
  const ownClause = (leftFull.split(/;|:\s|\s[–—]\s/u).at(-1) ?? leftFull).slice(-90);
  // "Das vermuten Händler, nachdem der Kurs … von 149,6 Yen auf 145,6 Yen je Dollar fiel": what came is no forecast.
  if (PAST_CLAUSE.test(ownClause) || FACT_VERB_AFTER.test(rightLocal)) return false;
  return FUTURE_FRAME.test(sentence) || !FACT_VERB.test(ownClause);
}

/**
 * Whether a forecast sentence also names a time ahead ("zur Mitte des kommenden Jahres auf den historischen
 * Höchststand von 16.500 Punkten"): only then is a high or low it names a forecast rather than the mark it aims at.
 */
export function hasFutureFrame(sentence: string): boolean {
  return FUTURE_FRAME.test(sentence);
}
