import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import type { KursnotizDatabase } from './database';
import type { LevelRecord } from './schema';

/** What deleting one article removed, kept so the deletion can be undone. */
export interface DeletedArticle {
  article: Article;
  annotations: Annotation[];
  levels: LevelRecord[];
}

/** How many of the user's things go with an article: shown before the user confirms. */
export interface ArticleDependents {
  annotationCount: number;
  levelCount: number;
}

/** Counts the annotations and price levels stored for an article (by their articleId indexes). */
export async function countArticleDependents(
  db: KursnotizDatabase,
  articleId: string,
): Promise<ArticleDependents> {
  const [annotationCount, levelCount] = await Promise.all([
    db.annotations.where('articleId').equals(articleId).count(),
    db.levels.where('articleId').equals(articleId).count(),
  ]);
  return { annotationCount, levelCount };
}

/** The outcome of deleteArticle: whether anything was deleted, and what to put back on undo. */
export interface ArticleDeletion {
  isDeleted: boolean;
  /** Null when nothing was deleted or the caller asked not to keep the records. */
  undo: DeletedArticle | null;
}

/**
 * Deletes an article with its annotations and price levels in ONE transaction (never an article without
 * its notes or notes without their article). `keepForUndo: false` skips reading the article back (an
 * oversized article is not held in memory for an undo).
 */
export async function deleteArticle(
  db: KursnotizDatabase,
  articleId: string,
  keepForUndo = true,
): Promise<ArticleDeletion> {
  return db.transaction('rw', db.articles, db.annotations, db.levels, async () => {
    const count = await db.articles.where('id').equals(articleId).count();
    if (count === 0) return { isDeleted: false, undo: null };
    const article = keepForUndo ? await db.articles.get(articleId) : undefined;
    const annotations = await db.annotations.where('articleId').equals(articleId).toArray();
    const levels = await db.levels.where('articleId').equals(articleId).toArray();
    await db.annotations.bulkDelete(annotations.map((annotation) => annotation.id));
    await db.levels.bulkDelete(levels.map((level) => level.id));
    await db.articles.delete(articleId);
    return { isDeleted: true, undo: article ? { article, annotations, levels } : null };
  });
}

/** Puts a deleted article back with its annotations and levels, in one transaction. */
export async function restoreDeletedArticle(db: KursnotizDatabase, deleted: DeletedArticle): Promise<void> {
  await db.transaction('rw', db.articles, db.annotations, db.levels, async () => {
    await db.articles.put(deleted.article);
    await db.annotations.bulkPut(deleted.annotations);
    await db.levels.bulkPut(deleted.levels);
  });
}
