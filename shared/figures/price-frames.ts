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

// "Aktuell wird für die Tonne 1 885 USD bezahlt": a price per unit named before the figure, paid or asked.
const PER_UNIT_BEFORE =
  /\bfür\s+(?:die|eine|das|ein|den|einen)\s+(?:tonne|unze|feinunze|barrel|fass|liter|megawattstunde|kilogramm|kilo|gramm)\s+(?:(?:rund|etwa|knapp|gut|nur|noch|aktuell|derzeit)\s+)*$/iu;

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
