// A bare number told beside a figure of the same size and kind of unit takes that unit: "rechnen … mit 4.300 und für
// den S&P 500 mit 4.700 Punkten", "… 21 500 Punkten, die Deutsche Bank von 20 500", "Die Kursziele reichen von 68
// (Daiwa Securities) bis 230 Dollar" (issue 11).
import type { RawFigure } from './scan';
import type { FigureUnit } from './types';
import { PRICE_UNITS } from './types';

// Where a price stands in the sentence: after a preposition of place or of a move, possibly softened.
const PRICE_PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:von|mit|bei|auf|bis|unter|über|an|nach)\s+(?:(?:rund|etwa|knapp|gut|zuletzt|jetzt|nun|zeitweise)\s+)*$/iu;
// Figures of one sentence told in parallel are of a size: the larger at most four times the smaller.
const MAX_RATIO = 4;

/** The unit a bare number shares with a figure of the same size in its sentence, when the sentence has one price unit. */
export function parallelUnit(text: string, raws: readonly RawFigure[], raw: RawFigure): FigureUnit | null {
  if (raw.unit !== null || raw.isNumberWord || raw.value <= 0) return null;
  const isYear = Number.isInteger(raw.value) && raw.value >= 1900 && raw.value <= 2100;
  if (isYear || !PRICE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, raw.from - 30), raw.from))) return null;
  const priced = raws.filter(
    (other) => other.unit !== null && other.unit !== 'percent' && PRICE_UNITS.has(other.unit),
  );
  const units = new Set(priced.map((other) => other.unit));
  if (units.size !== 1) return null;
  const sameSize = priced.some(
    (other) => other.value / raw.value <= MAX_RATIO && raw.value / other.value <= MAX_RATIO,
  );
  return sameSize ? (priced[0]?.unit ?? null) : null;
}
