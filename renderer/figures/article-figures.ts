import { extractFigures, type Figure } from '../../shared/figures';
import { articleText, type Article } from '../../shared/model/article';

/** The extractor's figures of one article, with the text their code-point offsets count in. */
export interface ArticleFigures {
  articleId: string;
  text: string;
  figures: Figure[];
}

/** Runs the extractor on an article's reader text (articleText of its blocks) with its date and language. */
export function extractArticleFigures(article: Article): ArticleFigures {
  const text = articleText(article.blocks);
  const figures = extractFigures(text, {
    ...(article.publishedOn ? { articleDate: article.publishedOn } : {}),
    ...(article.language === 'de' || article.language === 'en' ? { language: article.language } : {}),
  });
  return { articleId: article.id, text, figures };
}

/** A memo of figures per article: the extractor runs once per article id and content. */
export interface FigureCache {
  figuresOf: (article: Article) => ArticleFigures;
}

/**
 * Creates a figure cache keyed by article id and content hash (an updated import re-extracts; a re-render
 * never does). One entry per article id, so replaced versions do not pile up.
 */
export function createFigureCache(extract = extractArticleFigures): FigureCache {
  const byId = new Map<string, { contentHash: string; value: ArticleFigures }>();
  return {
    figuresOf(article) {
      const cached = byId.get(article.id);
      if (cached && cached.contentHash === article.contentHash) return cached.value;
      const value = extract(article);
      byId.set(article.id, { contentHash: article.contentHash, value });
      return value;
    },
  };
}

/** The app's one figure cache (the reader and the checks share it). */
export const figureCache: FigureCache = createFigureCache();
