import {
  DEFAULT_ARTICLE_CONTENT_LIMITS,
  type ArticleContentLimits,
} from '../../shared/import/article-limits';
import type { Article } from '../../shared/model/article';
import type { KursnotizDatabase } from './database';

/** A stored article too large to show (stored by a version before the import limits): listed to be deleted. */
export interface OversizedArticle {
  id: string;
  title: string;
  publishedOn: string | null;
  blockCount: number;
  characterCount: number;
}

/** The stored library split into articles the app can show and oversized ones it only lists. */
export interface StoredLibraryArticles {
  articles: Article[];
  oversized: OversizedArticle[];
}

function characterCount(article: Article): number {
  let count = 0;
  for (const block of article.blocks) count += block.text.length;
  return count;
}

/**
 * Reads every stored article once, record by record, newest publication first. An article beyond the
 * import limits is NOT handed to the reader, search or charts (it would freeze them): it comes back as a
 * summary, and its text is dropped as soon as it has been measured.
 */
export async function readLibraryArticles(
  db: KursnotizDatabase,
  limits: ArticleContentLimits = DEFAULT_ARTICLE_CONTENT_LIMITS,
): Promise<StoredLibraryArticles> {
  const articles: Article[] = [];
  const oversized: OversizedArticle[] = [];
  await db.articles.each((article) => {
    const blocks = Array.isArray(article.blocks) ? article.blocks.length : 0;
    const characters = blocks > limits.maxBlocks ? Number.NaN : characterCount(article);
    if (blocks <= limits.maxBlocks && characters <= limits.maxCharacters) {
      articles.push(article);
      return;
    }
    oversized.push({
      id: article.id,
      title: article.title,
      publishedOn: article.publishedOn,
      blockCount: blocks,
      characterCount: Number.isNaN(characters) ? characterCount(article) : characters,
    });
  });
  return { articles: articles.sort(compareNewestFirst), oversized };
}

/** Every stored article the app can show, newest publication first (undated ones last, then by when added). */
export async function listArticles(db: KursnotizDatabase): Promise<Article[]> {
  return (await readLibraryArticles(db)).articles;
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
