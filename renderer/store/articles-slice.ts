import type { StateCreator } from 'zustand';
import type { Article } from '../../shared/model/article';
import type { AppState } from './app-store';

/**
 * Articles slice: the library's articles (sorted newest first) and which one the reader shows.
 * Loading and storing happen in services (db/); this slice only holds what is on screen.
 */
export interface ArticlesSlice {
  articles: Article[];
  selectedArticleId: string | null;
  setArticles: (articles: Article[]) => void;
  selectArticle: (articleId: string) => void;
}

/** Initial articles state (also used by tests to reset). */
export const initialArticlesState: Pick<ArticlesSlice, 'articles' | 'selectedArticleId'> = {
  articles: [],
  selectedArticleId: null,
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
  // Moving to another article abandons a passage still flashing elsewhere, so it never replays later.
  selectArticle: (articleId) =>
    set((state) => ({
      selectedArticleId: articleId,
      passageRequest: state.passageRequest?.articleId === articleId ? state.passageRequest : null,
    })),
});
