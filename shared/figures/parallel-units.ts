// A bare number told beside a figure of the same size and kind of unit takes that unit: "rechnen … mit 4.300 und für
// den S&P 500 mit 4.700 Punkten", "… 21 500 Punkten, die Deutsche Bank von 20 500", "Die Kursziele reichen von 68
// (Daiwa Securities) bis 230 Dollar" (issue 11).
import { isYearNumber } from './scan';
import type { RawFigure } from './scan';
import type { FigureUnit } from './types';
import { PRICE_UNITS } from './types';

// Where a price stands in the sentence: after a preposition of place or of a move, possibly softened.
const PRICE_PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:von|mit|bei|auf|bis|unter|über|an|nach)\s+(?:(?:rund|etwa|knapp|gut|zuletzt|jetzt|nun|zeitweise)\s+)*$/iu;
// Figures of one sentence told in parallel are of a size: the larger at most four times the smaller.
const MAX_RATIO = 4;

/**
 * For one sentence's figures, finds the unit a bare number shares with a figure of the same size, when the sentence
 * has one price unit. The sentence's priced figures are read once, not again for each bare number.
 */
export function parallelUnitFinder(
  raws: readonly RawFigure[],
): (text: string, raw: RawFigure) => FigureUnit | null {
  const priced = raws.filter(
    (other) => other.unit !== null && other.unit !== 'percent' && PRICE_UNITS.has(other.unit),
  );
  const unit = priced[0]?.unit ?? null;
  if (unit === null || priced.some((other) => other.unit !== unit)) return () => null;
  const values = priced.map((other) => other.value);
  return (text, raw) => {
    if (raw.unit !== null || raw.isNumberWord || raw.value <= 0 || isYearNumber(raw)) return null;
    if (!PRICE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, raw.from - 30), raw.from))) return null;
    const sameSize = values.some((value) => value / raw.value <= MAX_RATIO && raw.value / value <= MAX_RATIO);
    return sameSize ? unit : null;
  };
}
