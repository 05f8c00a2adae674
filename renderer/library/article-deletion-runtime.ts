import { countArticleDependents, deleteArticle, restoreDeletedArticle } from '../db/article-deletion';
import { translate } from '../i18n/translate';
import { describeError } from '../services/start-app';
import { useAppStore } from '../store/app-store';
import { libraryDatabase } from './library-runtime';
import { reloadArticlesIntoStore } from './services/reload-store';

const state = () => useAppStore.getState();

function reportFailure(error: unknown): void {
  console.warn('Kursnotiz: deleting or restoring an article failed:', error);
  state().showStatus(translate(state().language, 'delete.failed', { reason: describeError(error) }));
}

/** Opens the confirmation for deleting an article, with how many annotations and levels go with it. */
export async function askToDeleteArticle(articleId: string): Promise<void> {
  const db = libraryDatabase();
  if (!db) return;
  const shown = state().articles.find((article) => article.id === articleId);
  const oversized = state().oversizedArticles.find((article) => article.id === articleId);
  const title = shown?.title ?? oversized?.title;
  if (title === undefined) return;
  try {
    const { annotationCount, levelCount } = await countArticleDependents(db, articleId);
    state().setArticleDeletion({ articleId, title, annotationCount, levelCount, isOversized: !shown });
  } catch (error) {
    reportFailure(error);
  }
}

/** Deletes the confirmed article with its annotations and levels, and offers an undo where it can. */
export async function confirmArticleDeletion(): Promise<void> {
  const db = libraryDatabase();
  const request = state().articleDeletion;
  if (!db || !request) return;
  state().setArticleDeletion(null);
  try {
    const { undo } = await deleteArticle(db, request.articleId, !request.isOversized);
    await reloadArticlesIntoStore(db, useAppStore);
    state().setArticleUndo(undo ? { title: request.title, deleted: undo } : null);
  } catch (error) {
    reportFailure(error);
  }
}

/** Puts the last deleted article back with its annotations and levels, and shows it again. */
export async function undoArticleDeletion(): Promise<void> {
  const db = libraryDatabase();
  const offer = state().articleUndo;
  if (!db || !offer) return;
  state().setArticleUndo(null);
  try {
    await restoreDeletedArticle(db, offer.deleted);
    await reloadArticlesIntoStore(db, useAppStore);
    state().selectArticle(offer.deleted.article.id);
  } catch (error) {
    reportFailure(error);
  }
}
