// Chart-note wording that names a price's kind by the move around it (issue 11): "bis 61,20 CHF antrieb",
// "ein Rücklauf bis zu den Hochs bei rund 1,32 USD einkalkuliert".
import { PRICE_CUES } from './keywords';
import type { FigureKind } from './types';

const LEVEL_CUE = PRICE_CUES.find(([name]) => name === 'level')?.[1] ?? /$^/u;
// "von 136,80 Dollar (untere Begrenzung des Abwärtstrend-Kanals) auf 142,52 Dollar": a bracket right after a figure
// that names a chart line says what that figure is; the figure after the bracket is the move's end, not that line.
const NOTE_AFTER = /^\s*\(([^()]{1,80})\)/u;
const MOVE_END_AFTER_NOTE =
  /(?<![\p{L}])von\s+(?:[^,.;()]|(?<=\d)[.,](?=\d)){1,30}\(([^()]{1,80})\)\s*(?:auf|bis auf)\s*$/iu;

function namesChartLine(note: string): boolean {
  LEVEL_CUE.lastIndex = 0;
  return LEVEL_CUE.test(note);
}

// "eine weitere Kaufwelle, die den Wert bis 61,20 CHF antrieb": where a past move drove the price, a quote.
const UP_TO_BEFORE = /(?<![\p{L}])bis\s+(?:auf\s+)?$/iu;
const DROVE_AFTER =
  /^\s*(?:antrieb|trieb|hochtrieb|führte|hievte|drückte|schob|katapultierte|hochzog)(?![\p{L}])/iu;
// "müsste zunächst ein Rücklauf bis zu den Hochs bei rund 1,32 USD einkalkuliert werden": a move the writer
// expects, up to a named zone, is a forecast.
const UP_TO_ZONE =
  /(?<![\p{L}])bis\s+(?:zu[mr]?\s+|an\s+|auf\s+)?(?:den|die|der|das|dem)\s+[\p{L}-]+\s+(?:bei|um|von)\s*$/iu;
const EXPECTED_AFTER =
  /^[^.;]{0,40}?(?<![\p{L}])(?:einkalkuliert|einzukalkulieren|eingeplant|einzuplanen|zu rechnen|erwartet|zu erwarten)(?![\p{L}])/iu;
const MODAL_BEFORE =
  /(?<![\p{L}])(?:müsste|müssten|dürfte|dürften|könnte|könnten|sollte|sollten|wäre|wären)(?![\p{L}])/iu;

// "am Oktober-Tief des Jahres 2018 (131,44 Euro) aufgesetzt", "an der Marke von 50 Euro abgeprallt": the price a
// share touched down on or bounced off is used as support or resistance, a chart level.
const TOUCHED_AFTER =
  /^\s*\)?\s*(?:aufgesetzt|abgeprallt|zurückgeprallt|abgefedert|aufgefangen)(?![\p{L}])/iu;

/** The kind a chart note's move gives a price ("bis X antrieb": quote; "… bei X einkalkuliert": target; "(X) aufgesetzt": level), else null. */
export function chartMoveKind(
  leftLocal: string,
  leftFull: string,
  rightLocal: string,
  rightFull: string,
): FigureKind | null {
  if (UP_TO_BEFORE.test(leftLocal) && DROVE_AFTER.test(rightLocal)) return 'quote';
  const note = NOTE_AFTER.exec(rightLocal)?.[1];
  if (note !== undefined && namesChartLine(note)) return 'level';
  const before = MOVE_END_AFTER_NOTE.exec(leftFull)?.[1];
  if (before !== undefined && namesChartLine(before)) return 'quote';
  if (TOUCHED_AFTER.test(rightLocal)) return 'level';
  if (UP_TO_ZONE.test(leftLocal) && (EXPECTED_AFTER.test(rightFull) || MODAL_BEFORE.test(leftFull)))
    return 'target';
  return null;
}

// "handelt … in einer mittelfristigen neutralen Konsolidierung zwischen 1,14 und 1,1228": a sideways phase named
// right before a range is a chart zone (one level), unlike a day's or a candle's span.
const SIDEWAYS_ZONE_BEFORE =
  /(?<![\p{L}])(?:konsolidierung\w*|seitwärts(?:bewegung|phase|trend|range|spanne)\w*|trading-?range|handelsspanne|range)\s+(?:zwischen|von)\s+$/iu;

/** Whether a range follows a sideways-phase word ("Konsolidierung zwischen X und Y"): a chart zone. */
export function isSidewaysZone(leftLocal: string, isRange: boolean): boolean {
  return isRange && SIDEWAYS_ZONE_BEFORE.test(leftLocal);
}

// "Fibonacci-Retracement des gesamten Aufwärtsimpulses von 89,30 bis 121,15 Euro bei 104,83 Euro": the start and end
// of the measured swing are the base of a retracement, a move's size, not a zone or a price.
const MEASURED_SWING_BEFORE = /(?:impuls|impulswelle|welle)\p{L}*\s+von\s+$/iu;

/** Whether a range is the swing a retracement is measured on ("Aufwärtsimpulses von X bis Y"): not listed. */
export function isMeasuredSwing(leftLocal: string, isRange: boolean): boolean {
  return isRange && MEASURED_SWING_BEFORE.test(leftLocal);
}
