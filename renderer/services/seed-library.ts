import type { SeedLibrary } from '../../shared/seeds/seed-library';
import type { AppState } from '../store/app-store';
import { hasArticle, readLibraryArticles, readNewestArticles } from '../db/article-repository';
import { listLevels, toLevelRecord } from '../db/level-repository';
import type { KursnotizDatabase } from '../db/database';

/**
 * Stores the seed articles that are not there yet, with their levels, in ONE transaction: a crash midway
 * leaves nothing half-seeded, and a restart finds the articles by id or content hash and adds nothing.
 * Returns how many articles were added.
 */
export async function storeSeedLibrary(db: KursnotizDatabase, library: SeedLibrary): Promise<number> {
  return db.transaction('rw', db.articles, db.levels, async () => {
    const addedIds = new Set<string>();
    for (const article of library.articles) {
      if (await hasArticle(db, article)) continue;
      await db.articles.add(article);
      addedIds.add(article.id);
    }
    // Only levels of articles added now: a level the user removed from an existing seed stays removed.
    const newLevels = library.levels.filter((level) => addedIds.has(level.source.articleId));
    await db.levels.bulkPut(newLevels.map(toLevelRecord));
    return addedIds.size;
  });
}

/** True when every seed article id is already stored, so start-up need not build the seed library. */
export async function hasAllSeedArticles(
  db: KursnotizDatabase,
  seedArticleIds: readonly string[],
): Promise<boolean> {
  const stored = await db.articles.bulkGet([...seedArticleIds]);
  return stored.every((article) => article !== undefined);
}

/** Loads the stored library into the store: articles newest first (oversized ones apart), and all levels. */
export async function loadLibrary(
  db: KursnotizDatabase,
  actions: Pick<AppState, 'setArticles' | 'setOversizedArticles' | 'setLevels'>,
): Promise<void> {
  const [{ articles, oversized }, levels] = await Promise.all([readLibraryArticles(db), listLevels(db)]);
  actions.setArticles(articles);
  actions.setOversizedArticles(oversized);
  actions.setLevels(levels);
}

/**
 * Loads the first part of a large library into the store: the `count` newest articles and the one with
 * `alsoId` (the article read last), and all levels; loadLibrary() later replaces it with the whole list.
 */
export async function loadNewestArticles(
  db: KursnotizDatabase,
  actions: Pick<AppState, 'setArticles' | 'setLevels'>,
  count: number,
  alsoId: string | null,
): Promise<void> {
  const [articles, levels] = await Promise.all([readNewestArticles(db, count, alsoId), listLevels(db)]);
  actions.setArticles(articles);
  actions.setLevels(levels);
}
