import { TRADED_UNIT_SOURCE } from './lexicon';

// Frames that make a money figure the price traded, against a chart or amount cue nearby (issue 11, heldout-13).

// "Noch Ende Februar notierte der Euro im Bereich um 1,185 Dollar": "im Bereich um" after a verb of trading is
// where the price stood, not a chart zone ("im Bereich um 1,25 Dollar Halt fand" stays a level).
const TRADED_IN_AREA =
  /(?<![\p{L}])(?:notiert\w*|lag|lagen|liegt|liegen|handelt\w*|gehandelt|kostete\w*)(?![\p{L}])[^,.;\d]{0,30}\bim\s+bereich\s+(?:um|von|bei)\s+(?:rund\s+|etwa\s+|knapp\s+)?$/iu;

/** Whether the figure follows "notierte … im Bereich um": the price traded, not a zone. */
export function isTradedInArea(leftLocal: string): boolean {
  return TRADED_IN_AREA.test(leftLocal);
}

// "die Tageskerze …, dessen Spanne von 1,4066 bis 1,4339 USD reicht": a candle's or day's range is the day's low
// and high (one quote, as heldout-8's "Bandbreite"), not a trading range on the chart.
const DAY_CANDLE = /(?<![\p{L}])(?:tages|wochen)?kerze\w*|tagesspanne\w*/iu;
const RANGE_OF = /\bspanne\s+(?:von|zwischen)\s+$/iu;

/** Whether a range is the span of one candle or day ("Tageskerze …, dessen Spanne von X bis Y"). */
export function isCandleRange(leftLocal: string, sentence: string, isRange: boolean): boolean {
  return isRange && RANGE_OF.test(leftLocal) && DAY_CANDLE.test(sentence);
}

/** Whether a range is a trading span over a period, not one candle ("in der Spanne von X bis Y gehandelt"): a level. */
export function isTradingSpan(leftLocal: string, sentence: string, isRange: boolean): boolean {
  return isRange && RANGE_OF.test(leftLocal) && !DAY_CANDLE.test(sentence);
}

// "Aktuell wird für die Tonne 1 885 USD bezahlt": a price per unit named before the figure, paid or asked.
const PER_UNIT_BEFORE = new RegExp(
  `\\bfür\\s+(?:die|eine|das|ein|den|einen)\\s+(?:${TRADED_UNIT_SOURCE})\\s+(?:(?:rund|etwa|knapp|gut|nur|noch|aktuell|derzeit)\\s+)*$`,
  'iu',
);

/** Whether the figure is the price of a named unit given before it ("für die Tonne X bezahlt"). */
export function isPricePerUnitBefore(leftLocal: string): boolean {
  return PER_UNIT_BEFORE.test(leftLocal);
}

// "lag allerdings am Morgen mit etwas mehr als 115 Dollar immer noch 24 Prozent im Plus": the figure a price stands
// at while its clause tells its gain or loss is the price.
const WITH_BEFORE = /(?<![\p{L}])mit\s+(?:(?:etwas|knapp|gut|rund|etwa|mehr\s+als|weniger\s+als)\s+)*$/iu;
const IN_PLUS_AFTER = /^[^,.;]{0,50}?(?<![\p{L}])im\s+(?:plus|minus)(?![\p{L}])/iu;

/** Whether the figure is "mit X … im Plus/Minus": the price standing at a gain or loss. */
export function isPriceInPlus(leftLocal: string, rightFull: string): boolean {
  return WITH_BEFORE.test(leftLocal) && IN_PLUS_AFTER.test(rightFull);
}

// "Der aktuelle Preis liegt bereits bei 380 Euro", "heute steht der Goldpreis schon wieder bei 1.316 Euro": a price
// as the subject of a verb of standing right before the figure, against an amount cue further back. Not the
// bids and sums named "Kaufpreis", "Angebotspreis" (LABELLING.md, heldout-5).
const PRICE_NOUN =
  '(?:der|die|das)\\s+(?:\\p{L}+\\s+)?(?!(?:kauf|angebots|übernahme|ausgabe|ziel|bezugs)preis)\\p{L}*(?:preis|preise|notierung)';
const STAND_VERB = '(?:steht|stand|stehen|standen|liegt|lag|liegen|lagen)';
const PRICE_STANDS_AT = new RegExp(
  `(?<![\\p{L}])(?:${PRICE_NOUN}\\s+${STAND_VERB}|${STAND_VERB}\\s+${PRICE_NOUN})(?:\\s+[\\p{L}]+){0,3}\\s+(?:bei|auf|um)\\s+(?:(?:rund|etwa|knapp|gut|nur|noch)\\s+)*$`,
  'iu',
);

// "Auch wenn Gold in Dollar (aktuell 1.640 Dollar) noch kräftig vom vorjährigen Höchstkurs … entfernt ist": a bracket
// opened by "aktuell" gives the current price, whatever mark the sentence names next.
// "Von zuletzt 113 Dollar ist es nicht mehr weit bis …": "zuletzt" as the figure's own adverb gives the last price.
// "…, bei aktuell 1.892 Dollar": so does "aktuell" or "derzeit" opening a clause of its own (a chart line "verläuft
// bei derzeit 3530 Punkten" stays a line).
const LAST_PRICE_BEFORE =
  /(?:(?<![\p{L}])(?:von|bei|mit|nach)\s+zuletzt|,\s*bei\s+(?:aktuell|derzeit|momentan|zurzeit))\s+(?:(?:rund|etwa|knapp|gut|nur|noch)\s+)*$/iu;
const CURRENT_IN_BRACKET = /\(\s*(?:aktuell|derzeit|momentan|zurzeit|zuletzt|jetzt)\s*:?\s*$/iu;
// "Die aktuellen 110,45 Euro je Aktie bedeuten …": "aktuell" as the figure's own adjective names today's price,
// against "je Aktie" and the market value after it.
const CURRENT_ADJECTIVE =
  /(?<![\p{L}])(?:die|der|den|mit|bei)\s+(?:derzeitigen|aktuellen|heutigen|momentanen)\s*$/iu;

/** Whether a price is the subject standing at the figure ("Der aktuelle Preis liegt bei X", "(aktuell X)", "die aktuellen X"). */
export function isPriceStandingAt(leftLocal: string): boolean {
  return (
    PRICE_STANDS_AT.test(leftLocal) ||
    CURRENT_IN_BRACKET.test(leftLocal) ||
    CURRENT_ADJECTIVE.test(leftLocal) ||
    LAST_PRICE_BEFORE.test(leftLocal)
  );
}

// "war das Edelmetall noch für etwa 1318 Dollar zu haben", "1.381 Euro musste man … für die Unze Gold zahlen": the
// price words come after the figure: what a thing costs, or what one paid for a named unit.
const FOR_BEFORE = /(?<![\p{L}])für\s+(?:(?:rund|etwa|knapp|gut|nur|noch|unter|über)\s+)*$/iu;
const TO_HAVE_AFTER = /^\s*(?:zu\s+haben|erhältlich|zu\s+bekommen)(?![\p{L}])/iu;
// "rund 68 Euro für 100 Liter bezahlen": a count of units is a unit as well.
const PAID_PER_UNIT_AFTER = new RegExp(
  `^[^,.;]{0,50}?\\bfür\\s+(?:die|eine|das|ein|den|einen|\\d+)\\s+(?:${TRADED_UNIT_SOURCE})\\b[^,.;]{0,25}?(?<![\\p{L}])(?:zahlen|bezahlen|gezahlt|bezahlt|zahlte\\w*|hinlegen|hingelegt|ausgeben|kosten)(?![\\p{L}])`,
  'iu',
);

// "Dann ging es … auf etwa 100 Euro in die Höhe": a move's end told with an idiom of rising or falling after it.
const MOVE_END_BEFORE = /(?<![\p{L}])(?:auf|bis auf)\s+(?:(?:rund|etwa|knapp|gut|über|unter|fast)\s+)*$/iu;
const IDIOM_MOVE_AFTER = /^\s*(?:in die höhe|in den keller)(?![\p{L}])/iu;

/** Whether words after the figure make it a price ("für X zu haben", "X … für die Unze Gold zahlen", "auf X in die Höhe"). */
export function isPriceWordAfter(leftLocal: string, rightFull: string): boolean {
  return (
    (FOR_BEFORE.test(leftLocal) && TO_HAVE_AFTER.test(rightFull)) ||
    PAID_PER_UNIT_AFTER.test(rightFull) ||
    (MOVE_END_BEFORE.test(leftLocal) && IDIOM_MOVE_AFTER.test(rightFull))
  );
}

// "Aixtron, Tageschart, Stand 6,50 Euro": a chart caption's "Stand" is the price the chart ends at.
const CHART_CAPTION_STAND =
  /(?<![\p{L}])(?:tages|wochen|monats|stunden|jahres|intraday-?)?chart\s*[,;:–-]\s*stand\s*:?\s*$/iu;

/** Whether the figure is the price a chart caption states ("Tageschart, Stand X"). */
export function isChartCaptionPrice(leftLocal: string): boolean {
  return CHART_CAPTION_STAND.test(leftLocal);
}
