import type { Article } from '../../shared/model/article';
import type { KursnotizDatabase } from './database';

/** Every stored article, newest publication first (undated ones last, then by when they were added). */
export async function listArticles(db: KursnotizDatabase): Promise<Article[]> {
  const articles = await db.articles.toArray();
  return articles.sort(compareNewestFirst);
}

/** Orders articles newest first: by publication date, undated last, ties by time added (newest first). */
export function compareNewestFirst(a: Article, b: Article): number {
  if (a.publishedOn !== b.publishedOn) {
    if (a.publishedOn === null) return 1;
    if (b.publishedOn === null) return -1;
    return a.publishedOn < b.publishedOn ? 1 : -1;
  }
  return b.addedAtMs - a.addedAtMs;
}

/** Whether an article with this id or content hash is already stored (call inside a transaction to be atomic). */
export async function hasArticle(
  db: KursnotizDatabase,
  article: Pick<Article, 'id' | 'contentHash'>,
): Promise<boolean> {
  if ((await db.articles.get(article.id)) !== undefined) return true;
  return (await db.articles.where('contentHash').equals(article.contentHash).count()) > 0;
}

/** Number of stored articles. */
export function countArticles(db: KursnotizDatabase): Promise<number> {
  return db.articles.count();
}
