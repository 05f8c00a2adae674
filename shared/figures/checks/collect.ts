import { extractFigures } from '../extract';
import type { Figure, FigureUnit } from '../types';
import type { ArticleFigure, CheckArticle, PassageRef, ReferenceQuote } from './types';

/** Runs the extractor over every article (relative dates resolve against each publication date). */
export function collectFigures(articles: readonly CheckArticle[]): ArticleFigure[] {
  return articles.flatMap((article) =>
    extractFigures(article.text, article.publishedOn ? { articleDate: article.publishedOn } : undefined).map(
      (figure) => ({
        articleId: article.id,
        publishedOn: article.publishedOn,
        figure,
      }),
    ),
  );
}

/** The passage of a figure. */
export function passageOf(item: ArticleFigure): PassageRef {
  const { figure } = item;
  return {
    articleId: item.articleId,
    startCodePoints: figure.startCodePoints,
    endCodePoints: figure.endCodePoints,
    surface: figure.surface,
    sentenceStartCodePoints: figure.sentenceStartCodePoints,
    sentenceEndCodePoints: figure.sentenceEndCodePoints,
  };
}

/** The day a figure refers to: its sentence's resolved date (last day of a period), else the article's. */
export function dayOf(item: ArticleFigure): string | null {
  return item.figure.date?.toIso ?? item.publishedOn;
}

/** The latest quote in `unit` stated in the articles (undated quotes count as oldest). */
export function latestQuote(figures: readonly ArticleFigure[], unit: FigureUnit): ReferenceQuote | null {
  let best: ArticleFigure | null = null;
  for (const item of figures) {
    if (item.figure.kind !== 'quote' || item.figure.unit !== unit) continue;
    if (best === null || (dayOf(item) ?? '') > (dayOf(best) ?? '')) best = item;
  }
  if (best === null) return null;
  return { value: best.figure.value, unit, date: dayOf(best), passage: passageOf(best) };
}

/** Implied move in percent from `from` to `to`. */
export function movePercent(from: number, to: number): number {
  return ((to - from) / from) * 100;
}

/** Rounds for summaries: one decimal for percentages, two for prices. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Whether a figure is a price level that an article could have used as its base price. */
export function isBaseCandidate(figure: Figure): boolean {
  return (
    figure.kind === 'quote' ||
    figure.kind === 'level' ||
    figure.kind === 'high_52w' ||
    figure.kind === 'low_52w'
  );
}
