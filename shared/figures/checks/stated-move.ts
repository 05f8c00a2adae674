import type { Figure } from '../types';
import { isBaseCandidate, latestQuote, movePercent, passageOf, round } from './collect';
import type { ArticleFigure, ReferenceQuote, StatedMoveCheck } from './types';

/**
 * Tolerance rule: a computed move is consistent when it lies within the stated interval widened by
 * TOLERANCE_POINTS percentage points on each side. The stated interval is the range as written
 * ("30 bis 40" → 30…40), "fast/knapp X" → X − max(3, 10 % of X)…X, "über X" → X…X + max(5, 25 % of X),
 * "rund/etwa X" → X ± max(2, 10 % of X), and an exact X → X…X.
 */
export const TOLERANCE_POINTS = 2;

/** The percentages a stated move's wording allows, before the tolerance. */
export function statedInterval(move: Figure): [number, number] {
  const low = move.value;
  const high = move.valueHigh ?? move.value;
  const size = Math.abs(move.value);
  if (move.valueHigh !== null) return [Math.min(low, high), Math.max(low, high)];
  const sign = move.value < 0 ? -1 : 1;
  const { bound, isApproximate } = move.qualifiers;
  // Bounds act on the size of the move: "fast 30 Prozent Abwärtspotenzial" is −30…−27.
  if (bound === 'at_most') return ordered(sign * (size - Math.max(3, size * 0.1)), sign * size);
  if (bound === 'at_least') return ordered(sign * size, sign * (size + Math.max(5, size * 0.25)));
  if (isApproximate) return [low - Math.max(2, size * 0.1), low + Math.max(2, size * 0.1)];
  return [low, low];
}

// A close dated after the article cannot be the price its writer computed the upside from.
function isAfterArticle(quote: ReferenceQuote | null, publishedOn: string | null): boolean {
  return quote?.date != null && publishedOn !== null && quote.date > publishedOn;
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** The stated move that belongs to a target: same sentence (either side) or the next sentence. */
function pairedMove(target: ArticleFigure, figures: readonly ArticleFigure[]): ArticleFigure | null {
  const candidates = figures.filter(
    (item) =>
      item.articleId === target.articleId &&
      item.figure.kind === 'stated_move' &&
      (item.figure.sentenceStartCodePoints === target.figure.sentenceStartCodePoints ||
        isNextSentence(target.figure, item.figure, figures)),
  );
  const distance = (item: ArticleFigure): number =>
    Math.abs(item.figure.startCodePoints - target.figure.endCodePoints);
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function isNextSentence(first: Figure, second: Figure, figures: readonly ArticleFigure[]): boolean {
  if (second.sentenceStartCodePoints <= first.sentenceStartCodePoints) return false;
  // No other figure-bearing sentence may sit between them; text between them must be short.
  const gap = second.sentenceStartCodePoints - first.sentenceEndCodePoints;
  const between = figures.some(
    (item) =>
      item.figure.sentenceStartCodePoints > first.sentenceStartCodePoints &&
      item.figure.sentenceStartCodePoints < second.sentenceStartCodePoints,
  );
  return gap <= 3 && !between;
}

function assumedPriceFor(
  low: number,
  high: number,
  target: ArticleFigure,
  figures: readonly ArticleFigure[],
): StatedMoveCheck['assumedPrice'] {
  const fits = figures.filter(
    (item) =>
      isBaseCandidate(item.figure) &&
      item.figure.unit === target.figure.unit &&
      item.figure.value >= low * 0.99 &&
      item.figure.value <= high * 1.01,
  );
  // Prefer a price from the target's own article, then the one closest to the interval's middle.
  const middle = (low + high) / 2;
  const score = (item: ArticleFigure): number =>
    (item.articleId === target.articleId ? 0 : 1e9) + Math.abs(item.figure.value - middle);
  const best = fits.sort((a, b) => score(a) - score(b))[0];
  return best ? { ...passageOf(best), value: best.figure.value, kind: best.figure.kind } : null;
}

/** Checks every target or fair value that states an upside/downside against the latest quote. */
export function checkStatedMoves(
  figures: readonly ArticleFigure[],
  quoteFor: (unit: Figure['unit']) => ReferenceQuote | null = (unit) => latestQuote(figures, unit),
): StatedMoveCheck[] {
  const results: StatedMoveCheck[] = [];
  for (const target of figures) {
    const kind = target.figure.kind;
    if (kind !== 'target' && kind !== 'fair_value') continue;
    const move = pairedMove(target, figures);
    if (!move) continue;
    const [statedLow, statedHigh] = statedInterval(move.figure);
    const acceptedLow = statedLow - TOLERANCE_POINTS;
    const acceptedHigh = statedHigh + TOLERANCE_POINTS;
    const quote = quoteFor(target.figure.unit);
    const computed = quote ? movePercent(quote.value, target.figure.value) : null;
    const verdict =
      computed === null
        ? 'no_quote'
        : computed >= acceptedLow && computed <= acceptedHigh
          ? 'consistent'
          : isAfterArticle(quote, target.publishedOn)
            ? 'other_reference'
            : 'inconsistent';
    const baseA = target.figure.value / (1 + statedLow / 100);
    const baseB = target.figure.value / (1 + statedHigh / 100);
    const centralPercent =
      move.figure.valueHigh === null ? move.figure.value : (move.figure.value + move.figure.valueHigh) / 2;
    const central = target.figure.value / (1 + centralPercent / 100);
    const [impliedBaseLow, impliedBaseHigh] = ordered(baseA, baseB);
    const targetPassage = passageOf(target);
    const movePassage = passageOf(move);
    const assumedPrice = assumedPriceFor(impliedBaseLow, impliedBaseHigh, target, figures);
    const passages = [targetPassage, movePassage, ...(quote?.passage ? [quote.passage] : [])];
    results.push({
      type: 'stated_vs_computed',
      verdict,
      articleDate: target.publishedOn,
      target: { ...targetPassage, value: target.figure.value, unit: target.figure.unit, kind },
      statedMove: movePassage,
      statedLowPercent: statedLow,
      statedHighPercent: statedHigh,
      acceptedLowPercent: acceptedLow,
      acceptedHighPercent: acceptedHigh,
      quote,
      computedMovePercent: computed,
      impliedBaseLow,
      impliedBaseHigh,
      impliedBaseCentral: central,
      assumedPrice,
      passages,
      summary: summarize(target, move, quote, computed, verdict, central, assumedPrice),
    });
  }
  return results;
}

function summarize(
  target: ArticleFigure,
  move: ArticleFigure,
  quote: ReferenceQuote | null,
  computed: number | null,
  verdict: StatedMoveCheck['verdict'],
  central: number,
  assumed: StatedMoveCheck['assumedPrice'],
): string {
  const head = `"${target.figure.surface}" with "${move.figure.surface}"`;
  if (quote === null || computed === null)
    return `${head}: no quote in ${target.figure.unit} to compare with.`;
  const against = `against ${round(quote.value, 2)} ${quote.unit}${quote.date ? ` (${quote.date})` : ''}`;
  const computedText = `${computed >= 0 ? '+' : ''}${round(computed, 1)} %`;
  if (verdict === 'consistent') return `${head}: ${against} the move is ${computedText}, consistent.`;
  if (verdict === 'other_reference')
    return `${head}: ${against} the move is ${computedText}; that close is later than the article, which must have used another reference price near ${round(central, 2)} ${target.figure.unit}.`;
  const assumedText = assumed ? `; that matches "${assumed.surface}" (${assumed.kind})` : '';
  return `${head}: ${against} the move is ${computedText}, not what is stated; the article must have assumed a price near ${round(central, 2)} ${target.figure.unit}${assumedText}.`;
}
