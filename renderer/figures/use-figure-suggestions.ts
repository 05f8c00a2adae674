import { useDeferredValue, useMemo } from 'react';
import type { Figure } from '../../shared/figures';
import type { Article } from '../../shared/model/article';
import type { PriceLevel } from '../../shared/model/level';
import { useAppStore } from '../store/app-store';
import type { HighlightRange } from '../reader/highlight-ranges';
import { figureCache } from './article-figures';
import { isPinnableFigure, levelOnFigure } from './figure-suggestion';

const NO_FIGURES: Figure[] = [];

/** Prefix of a figure's highlight id in data-range-ids (the rest is its index among the suggestions). */
export const FIGURE_RANGE_PREFIX = 'fig:';

/** A recognised price figure of the open article, and the chart level already on it, if any. */
export interface FigureSuggestion {
  rangeId: string;
  figure: Figure;
  pinnedLevel: PriceLevel | null;
}

/** The figure a clicked element belongs to, from its <mark>'s data-range-ids; null when it is no figure. */
export function suggestionAt(
  target: EventTarget | null,
  suggestions: readonly FigureSuggestion[],
): FigureSuggestion | null {
  const mark = target instanceof Element ? target.closest('mark[data-range-ids]') : null;
  const ids = (mark?.getAttribute('data-range-ids') ?? '').split(' ');
  return suggestions.find((item) => ids.includes(item.rangeId)) ?? null;
}

/**
 * The open article's price figures as suggestions and their highlight ranges (a dotted underline). The
 * extractor runs once per article version (figureCache); levels only decide which are already pinned.
 */
export function useFigureSuggestions(article: Article): {
  suggestions: FigureSuggestion[];
  ranges: HighlightRange[];
} {
  const levels = useAppStore((state) => state.levels);
  // The article is painted first and its figures are marked in a background render right after: reading a
  // long article's figures takes tens of milliseconds, and a new article (or the app's first frame) should
  // not wait for them. Until then the suggestions of another article never show.
  const deferredArticle = useDeferredValue<Article | null>(article, null);
  const figures = useMemo(
    () =>
      deferredArticle?.id === article.id && deferredArticle.contentHash === article.contentHash
        ? figureCache.figuresOf(article).figures.filter(isPinnableFigure)
        : NO_FIGURES,
    [article, deferredArticle],
  );
  return useMemo(() => {
    const suggestions = figures.map((figure, index) => ({
      rangeId: `${FIGURE_RANGE_PREFIX}${index}`,
      figure,
      pinnedLevel: levelOnFigure(levels, article.id, figure),
    }));
    const ranges = suggestions.map((item) => ({
      id: item.rangeId,
      startCodePoints: item.figure.startCodePoints,
      endCodePoints: item.figure.endCodePoints,
      className: item.pinnedLevel ? 'figure-mark figure-mark--pinned' : 'figure-mark',
    }));
    return { suggestions, ranges };
  }, [figures, levels, article.id]);
}
