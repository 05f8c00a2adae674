import type { PriceLevel } from '../../shared/model/level';
import type { KursnotizDatabase } from './database';
import type { LevelRecord } from './schema';

/** The stored form of a level: its article id copied to a flat, indexed field. */
export function toLevelRecord(level: PriceLevel): LevelRecord {
  return { ...level, articleId: level.source.articleId };
}

/** Strips the storage-only field again, so the store holds plain PriceLevels. */
export function fromLevelRecord(record: LevelRecord): PriceLevel {
  const { articleId: _articleId, ...level } = record;
  return level;
}

/** Every stored price level. */
export async function listLevels(db: KursnotizDatabase): Promise<PriceLevel[]> {
  return (await db.levels.toArray()).map(fromLevelRecord);
}

/** The levels one article states. */
export async function listLevelsForArticle(db: KursnotizDatabase, articleId: string): Promise<PriceLevel[]> {
  return (await db.levels.where('articleId').equals(articleId).toArray()).map(fromLevelRecord);
}

/** Stores levels (insert or replace by id). */
export async function putLevels(db: KursnotizDatabase, levels: readonly PriceLevel[]): Promise<void> {
  await db.levels.bulkPut(levels.map(toLevelRecord));
}
