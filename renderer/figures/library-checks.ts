import type { Figure, FigureUnit } from '../../shared/figures';
import {
  checkSameQuantities,
  checkStatedMoves,
  checkTargetConsensus,
  latestQuote,
  type ArticleFigure,
  type CheckArticle,
  type CheckResult,
  type ReferenceQuote,
} from '../../shared/figures/checks';
import { selectLatestClose } from '../../shared/chart/latest-close';
import type { Article } from '../../shared/model/article';
import { PRIMARY_LISTING, type PriceLevel } from '../../shared/model/level';
import type { QuoteSeries } from '../../shared/model/quote';
import type { FigureCache } from './article-figures';

/** What the checks read from the store. */
export interface LibraryCheckInputs {
  articles: readonly Article[];
  levels: readonly PriceLevel[];
  quoteSeries: readonly QuoteSeries[];
}

function overlaps(level: PriceLevel, item: ArticleFigure): boolean {
  return (
    level.source.articleId === item.articleId &&
    level.source.startCodePoints < item.figure.endCodePoints &&
    level.source.endCodePoints > item.figure.startCodePoints
  );
}

/** The targets on the chart, as the figures they stand on (with the kind and value the user confirmed). */
export function confirmedTargets(
  figures: readonly ArticleFigure[],
  levels: readonly PriceLevel[],
): ArticleFigure[] {
  const targets: ArticleFigure[] = [];
  for (const level of levels) {
    if (level.kind !== 'target') continue;
    const item = figures.find((candidate) => overlaps(level, candidate));
    if (!item) continue;
    const figure: Figure = { ...item.figure, kind: 'target', value: level.value, unit: level.currency };
    targets.push({ ...item, figure });
  }
  return targets;
}

/**
 * The latest close the chart knows (stated quotes and an imported history of the primary listing), as the
 * checks' reference; in other currencies the latest quote the articles state.
 */
export function chartQuoteFor(
  inputs: LibraryCheckInputs,
  figures: readonly ArticleFigure[],
): (unit: FigureUnit) => ReferenceQuote | null {
  const series = inputs.quoteSeries.find((item) => item.listing === PRIMARY_LISTING) ?? null;
  const stated = inputs.levels.filter((level) => level.kind === 'quote' && level.listing === PRIMARY_LISTING);
  const latest = selectLatestClose(stated, series);
  return (unit) => {
    if (!latest || latest.currency !== unit) return latestQuote(figures, unit);
    const level = latest.level;
    const item = level ? figures.find((candidate) => overlaps(level, candidate)) : undefined;
    return {
      value: latest.value,
      unit,
      date: latest.asOf,
      passage: item
        ? {
            articleId: item.articleId,
            startCodePoints: item.figure.startCodePoints,
            endCodePoints: item.figure.endCodePoints,
            surface: item.figure.surface,
            sentenceStartCodePoints: item.figure.sentenceStartCodePoints,
            sentenceEndCodePoints: item.figure.sentenceEndCodePoints,
          }
        : null,
    };
  };
}

/**
 * The narrative checks over the library: stated vs computed moves and the same quantity across articles
 * on every extracted figure, the target consensus on the confirmed targets; the extractor runs through
 * the cache, so only new or changed articles are read again.
 */
export function runLibraryChecks(inputs: LibraryCheckInputs, cache: FigureCache): CheckResult[] {
  const checkArticles: CheckArticle[] = [];
  const figures: ArticleFigure[] = [];
  for (const article of inputs.articles) {
    const extracted = cache.figuresOf(article);
    checkArticles.push({
      id: article.id,
      title: article.title,
      publishedOn: article.publishedOn,
      text: extracted.text,
    });
    for (const figure of extracted.figures) {
      figures.push({ articleId: article.id, publishedOn: article.publishedOn, figure });
    }
  }
  const quoteFor = chartQuoteFor(inputs, figures);
  return [
    ...checkStatedMoves(figures, quoteFor),
    ...checkSameQuantities(figures, checkArticles),
    ...checkTargetConsensus(confirmedTargets(figures, inputs.levels), quoteFor),
  ];
}
