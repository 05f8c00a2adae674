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

/** Whether an article is within the import limits, so the reader, search and charts may show it. */
function isShowable(article: Article, limits: ArticleContentLimits): boolean {
  const blocks = Array.isArray(article.blocks) ? article.blocks.length : 0;
  return blocks <= limits.maxBlocks && characterCount(article) <= limits.maxCharacters;
}

/**
 * The `count` newest articles the app can show (by the publishedOn index), plus the one with `alsoId` if
 * it is stored: what the first paint of a large library needs. Newest first, like readLibraryArticles.
 */
export async function readNewestArticles(
  db: KursnotizDatabase,
  count: number,
  alsoId: string | null,
  limits: ArticleContentLimits = DEFAULT_ARTICLE_CONTENT_LIMITS,
): Promise<Article[]> {
  const [newest, also] = await Promise.all([
    db.articles.orderBy('publishedOn').reverse().limit(count).toArray(),
    alsoId ? db.articles.get(alsoId) : undefined,
  ]);
  const articles = also && !newest.some((article) => article.id === also.id) ? [...newest, also] : newest;
  return articles.filter((article) => isShowable(article, limits)).sort(compareNewestFirst);
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
    if (isShowable(article, limits)) {
      articles.push(article);
      return;
    }
    const blocks = Array.isArray(article.blocks) ? article.blocks.length : 0;
    const characters = blocks > limits.maxBlocks ? Number.NaN : characterCount(article);
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
