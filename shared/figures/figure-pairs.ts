// Figures that come in pairs share a kind: "von 30 auf 26 Euro", "2.041 Dollar (1.734,8 Euro)" (issue 11).
import type { RawFigure } from './scan';
import type { FigureKind, FigureUnit } from './types';
import { isPriceRelevantKind, PRICE_UNITS } from './types';

/** One classified figure of a sentence, before it becomes a Figure. */
export interface ClassifiedRaw {
  raw: RawFigure;
  unit: FigureUnit;
  kind: FigureKind;
}

// "(", "(Mittwoch: ", "(zuletzt: ", "(zuvor ": a second value of the same thing in brackets; "1.149,99 US-Dollar oder
// umgerechnet etwa 1.060 Euro", "…, das sind umgerechnet 1.599 Euro": the same value in another currency.
const BRACKET_OPEN =
  /^\s*\(\s*(?:[\p{L}.]+\s*:?\s*)?$|^\s*,?\s*(?:oder\s+|bzw\.\s+|beziehungsweise\s+|das sind\s+|das entspricht\s+)?umgerechnet\s*$/iu;
// "von 30 auf 26 Euro", "auf 95 von 90 Franken", "von 81 nach 71 Franken": an old and a new value.
const PAIR_JOIN = /^\s*(?:auf|nach|von)\s*$/iu;
// "von zuvor 252 US-Dollar": the old value may be marked as such.
const PAIR_START = /\b(?:von|auf)(?:\s+(?:zuvor|bisher|bislang|ehemals))?\s*$/iu;
// "von zuvor 252 US-Dollar um 15 Prozent auf 215 Dollar": the size of the change between old and new value.
const BY_PERCENT_BEFORE = /^\s*um\s*$/iu;
const TO_AFTER_PERCENT = /^\s*(?:auf|nach)\s*$/iu;
// "über die Kurshürden bei 50,50 und 54,55 CHF": a list of chart levels after one cue word.
const LIST_JOIN = /^\s*(?:und|sowie|,)\s*$/iu;
const LISTED: ReadonlySet<FigureKind> = new Set(['level', 'target']);
const VALUATION: ReadonlySet<FigureKind> = new Set(['target', 'fair_value']);
const PLAIN: ReadonlySet<FigureKind> = new Set(['quote', 'amount']);

/**
 * Gives a bracketed partner the kind of the figure it follows, and both values of an old/new pair the kind
 * of the one that is a target or fair value (a cue far to the left may reach only one of them), and the
 * second of a listed pair of levels or targets ("bei 50,50 und 54,55 CHF") the kind of the first.
 */
export function alignPairs(text: string, items: ClassifiedRaw[]): void {
  for (let index = 0; index + 1 < items.length; index += 1) {
    const first = items[index] as ClassifiedRaw;
    const second = items[index + 1] as ClassifiedRaw;
    if (!PRICE_UNITS.has(first.unit)) continue;
    if (!PRICE_UNITS.has(second.unit)) {
      if (PAIR_START.test(text.slice(Math.max(0, first.raw.from - 14), first.raw.from)))
        shareAcrossChange(text, first, second, items[index + 2]);
      continue;
    }
    const between = text.slice(first.raw.to, second.raw.from);
    if (BRACKET_OPEN.test(between) && isPriceRelevantKind(first.kind)) {
      second.kind = first.kind;
      continue;
    }
    if (LIST_JOIN.test(between) && LISTED.has(first.kind) && PLAIN.has(second.kind)) {
      second.kind = first.kind;
      continue;
    }
    const before = text.slice(Math.max(0, first.raw.from - 14), first.raw.from);
    if (PAIR_JOIN.test(between) && PAIR_START.test(before)) shareValuation(first, second);
  }
}

function shareValuation(first: ClassifiedRaw, second: ClassifiedRaw): void {
  if (VALUATION.has(first.kind) && PLAIN.has(second.kind)) second.kind = first.kind;
  else if (VALUATION.has(second.kind) && PLAIN.has(first.kind)) first.kind = second.kind;
  // "die Preise für Weizen von 16,50 auf 21 Euro pro Dezitonnen": the start and end of a price's move are both
  // prices; a price word may reach only one of them.
  else if (first.kind === 'amount' && second.kind === 'quote') first.kind = 'quote';
  else if (first.kind === 'quote' && second.kind === 'amount') second.kind = 'quote';
}

// The old and new value with the change in percent between them ("von 252 … um 15 Prozent auf 215 Dollar").
function shareAcrossChange(
  text: string,
  first: ClassifiedRaw,
  change: ClassifiedRaw,
  second: ClassifiedRaw | undefined,
): void {
  if (!second || change.unit !== 'percent' || !PRICE_UNITS.has(second.unit)) return;
  const toChange = text.slice(first.raw.to, change.raw.from);
  const toSecond = text.slice(change.raw.to, second.raw.from);
  if (BY_PERCENT_BEFORE.test(toChange) && TO_AFTER_PERCENT.test(toSecond)) shareValuation(first, second);
}

// "ein 12-Monats-Preisziel von 34 Franken …, damit die Aktie im April 2023 tatsächlich bei 34 Franken notiert": the
// same value and unit again later in the sentence is the target restated as the price it foresees.
/** Gives a plain price that repeats an earlier target or fair value of the sentence (same value and unit) its kind. */
export function alignRestatedTargets(items: ClassifiedRaw[]): void {
  items.forEach((item, index) => {
    if (!PLAIN.has(item.kind) || !PRICE_UNITS.has(item.unit)) return;
    const earlier = items
      .slice(0, index)
      .find(
        (other) =>
          VALUATION.has(other.kind) &&
          other.unit === item.unit &&
          other.raw.value === item.raw.value &&
          other.raw.valueHigh === null &&
          item.raw.valueHigh === null,
      );
    if (earlier) item.kind = earlier.kind;
  });
}

// "Kursziel … bei 26,16 Euro – ein Plus von 33 Prozent gegenüber dem aktuellen Kurs", "(derzeit 48 Euro, ein Plus
// von knapp 31 Prozent)": a gain or loss told after a target is the distance to it, not a move that came.
const DISTANCE_WORD_BEFORE =
  /(?<![\p{L}])(?:plus|anstieg|aufschlag|zuwachs|abschlag|minus|rückgang)\s+(?:von|um)\s+(?:(?:rund|etwa|knapp|gut|fast|mehr als|über|bis zu)\s+)?$/iu;
const MOVE_KINDS: ReadonlySet<FigureKind> = new Set(['price_move', 'percent_other']);

/** Makes a gain or loss in percent told after a target or fair value of the sentence its stated distance. */
export function alignStatedMoves(text: string, items: ClassifiedRaw[]): void {
  let valuationsBefore = 0;
  for (const item of items) {
    // "Statt 275 US-Dollar sehen die Experten nun 260 US-Dollar … – ein Rückgang um rund 5 Prozent": with an old and a
    // new target before it, the percentage is the change of the target.
    if (item.unit === 'percent' && MOVE_KINDS.has(item.kind) && valuationsBefore === 1) {
      const before = text.slice(Math.max(0, item.raw.from - 40), item.raw.from);
      if (DISTANCE_WORD_BEFORE.test(before)) item.kind = 'stated_move';
    }
    if (VALUATION.has(item.kind)) valuationsBefore += 1;
  }
}
