import type { StateCreator } from 'zustand';
import type { Article } from '../../shared/model/article';
import type { DeletedArticle } from '../db/article-deletion';
import type { OversizedArticle } from '../db/article-repository';
import type { AppState } from './app-store';

/** An article the user asked to delete, waiting for the confirmation that names what goes with it. */
export interface ArticleDeletionRequest {
  articleId: string;
  title: string;
  annotationCount: number;
  levelCount: number;
  /** An oversized article is deleted without undo (its text is not held in memory). */
  isOversized: boolean;
}

/** The article deleted last, offered for undo until another deletion or a dismissal. */
export interface ArticleUndoOffer {
  title: string;
  deleted: DeletedArticle;
}

/**
 * Articles slice: the library's articles (sorted newest first) and which one the reader shows.
 * Loading and storing happen in services (db/); this slice only holds what is on screen.
 */
export interface ArticlesSlice {
  articles: Article[];
  /** Stored articles beyond the import limits: listed so the user can delete them, never shown. */
  oversizedArticles: OversizedArticle[];
  selectedArticleId: string | null;
  articleDeletion: ArticleDeletionRequest | null;
  articleUndo: ArticleUndoOffer | null;
  setArticles: (articles: Article[]) => void;
  setOversizedArticles: (oversized: OversizedArticle[]) => void;
  selectArticle: (articleId: string) => void;
  setArticleDeletion: (request: ArticleDeletionRequest | null) => void;
  setArticleUndo: (offer: ArticleUndoOffer | null) => void;
}

/** Initial articles state (also used by tests to reset). */
export const initialArticlesState: Pick<
  ArticlesSlice,
  'articles' | 'oversizedArticles' | 'selectedArticleId' | 'articleDeletion' | 'articleUndo'
> = {
  articles: [],
  oversizedArticles: [],
  selectedArticleId: null,
  articleDeletion: null,
  articleUndo: null,
};

/** Creates the articles slice. */
export const createArticlesSlice: StateCreator<AppState, [], [], ArticlesSlice> = (set) => ({
  ...initialArticlesState,
  setArticles: (articles) =>
    set((state) => ({
      articles,
      selectedArticleId:
        state.selectedArticleId && articles.some((a) => a.id === state.selectedArticleId)
          ? state.selectedArticleId
          : (articles[0]?.id ?? null),
    })),
  setOversizedArticles: (oversizedArticles) => set({ oversizedArticles }),
  setArticleDeletion: (articleDeletion) => set({ articleDeletion }),
  setArticleUndo: (articleUndo) => set({ articleUndo }),
  // Moving to another article abandons a passage still flashing elsewhere, so it never replays later.
  selectArticle: (articleId) =>
    set((state) => ({
      selectedArticleId: articleId,
      passageRequest: state.passageRequest?.articleId === articleId ? state.passageRequest : null,
    })),
});
