import type { Article } from '../../shared/model/article';
import type { AppState } from './app-store';

/** The article the reader shows, or null. */
export function selectSelectedArticle(state: AppState): Article | null {
  return state.articles.find((article) => article.id === state.selectedArticleId) ?? null;
}

/** The id of the article `step` places after (or before, if negative) the selected one, clamped to the list. */
export function selectNeighbourArticleId(state: AppState, step: number): string | null {
  const index = state.articles.findIndex((article) => article.id === state.selectedArticleId);
  if (state.articles.length === 0) return null;
  const next = Math.min(state.articles.length - 1, Math.max(0, (index < 0 ? 0 : index) + step));
  return state.articles[next]?.id ?? null;
}
