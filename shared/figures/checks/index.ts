// Narrative checks over extracted figures: stated vs computed moves, same quantities, target consensus.
import { collectFigures } from './collect';
import { checkSameQuantities } from './same-quantity';
import { checkStatedMoves } from './stated-move';
import { checkTargetConsensus, quotesFromArticles } from './target-consensus';
import type { FigureUnit } from '../types';
import type { ArticleFigure, CheckArticle, CheckResult, ReferenceQuote } from './types';

export { collectFigures, latestQuote } from './collect';
export { checkSameQuantities } from './same-quantity';
export { TOLERANCE_POINTS, checkStatedMoves, statedInterval } from './stated-move';
export { checkTargetConsensus, quotesFromArticles } from './target-consensus';
export type * from './types';

/** Options for runNarrativeChecks. */
export interface NarrativeCheckOptions {
  /** Figures already extracted (e.g. only the confirmed ones); default: extract from the articles. */
  figures?: readonly ArticleFigure[];
  /** The latest quote per currency, e.g. from the chart's price history; default: the latest one the articles state. */
  quoteFor?: (unit: FigureUnit) => ReferenceQuote | null;
}

/** Runs all three narrative checks over the articles: stated vs computed moves, same quantities, target consensus. */
export function runNarrativeChecks(
  articles: readonly CheckArticle[],
  options: NarrativeCheckOptions = {},
): CheckResult[] {
  const figures = options.figures ?? collectFigures(articles);
  const quoteFor = options.quoteFor ?? quotesFromArticles(figures);
  return [
    ...checkStatedMoves(figures, quoteFor),
    ...checkSameQuantities(figures, articles),
    ...checkTargetConsensus(
      figures.filter((item) => item.figure.kind === 'target'),
      quoteFor,
    ),
  ];
}
