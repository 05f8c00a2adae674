import type { FigureUnit } from '../types';
import { latestQuote, movePercent, passageOf, round } from './collect';
import type { ArticleFigure, ReferenceQuote, TargetConsensusCheck } from './types';

/**
 * Lowest, highest and mean of the given targets per currency, with their sources and dates, and the
 * implied move from the latest quote. Pass only the targets the user confirmed.
 */
export function checkTargetConsensus(
  targets: readonly ArticleFigure[],
  quoteFor: (unit: FigureUnit) => ReferenceQuote | null,
): TargetConsensusCheck[] {
  const byUnit = new Map<FigureUnit, ArticleFigure[]>();
  for (const item of targets) {
    if (item.figure.kind !== 'target') continue;
    byUnit.set(item.figure.unit, [...(byUnit.get(item.figure.unit) ?? []), item]);
  }
  return [...byUnit.entries()].map(([unit, items]) => {
    const values = items.map((item) => item.figure.value);
    const lowest = Math.min(...values);
    const highest = Math.max(...values);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const quote = quoteFor(unit);
    const move = (to: number): number | null => (quote ? movePercent(quote.value, to) : null);
    const sources = items.map((item) => ({
      ...passageOf(item),
      value: item.figure.value,
      publishedOn: item.publishedOn,
      isConsensus: item.figure.qualifiers.isConsensus,
    }));
    const passages = [...items.map(passageOf), ...(quote?.passage ? [quote.passage] : [])];
    const meanMove = move(mean);
    const summary =
      `${items.length} target${items.length === 1 ? '' : 's'} in ${unit}: lowest ${round(lowest, 2)}, highest ${round(highest, 2)}, mean ${round(mean, 2)}` +
      (quote && meanMove !== null
        ? `; from ${round(quote.value, 2)} ${unit}${quote.date ? ` (${quote.date})` : ''} the mean implies ${meanMove >= 0 ? '+' : ''}${round(meanMove, 1)} %.`
        : '; no quote to compare with.');
    return {
      type: 'target_consensus',
      unit,
      lowest,
      highest,
      mean,
      targets: sources,
      quote,
      impliedMoveToLowestPercent: move(lowest),
      impliedMoveToHighestPercent: move(highest),
      impliedMoveToMeanPercent: meanMove,
      passages,
      summary,
    };
  });
}

/** The default quote source: the latest quote the articles themselves state in that currency. */
export function quotesFromArticles(
  figures: readonly ArticleFigure[],
): (unit: FigureUnit) => ReferenceQuote | null {
  return (unit) => latestQuote(figures, unit);
}
