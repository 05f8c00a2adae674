import { Dexie, type EntityTable } from 'dexie';
import { DATABASE_NAME, SCHEMA_VERSIONS, type LevelRecord, type SettingRecord } from './schema';
import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import type { QuoteSeries } from '../../shared/model/quote';

/** Kursnotiz's IndexedDB database: one typed table per record kind. */
export type KursnotizDatabase = Dexie & {
  articles: EntityTable<Article, 'id'>;
  levels: EntityTable<LevelRecord, 'id'>;
  quoteSeries: EntityTable<QuoteSeries, 'listing'>;
  settings: EntityTable<SettingRecord, 'key'>;
  annotations: EntityTable<Annotation, 'id'>;
};

/** Opens (creating or upgrading) the database; `name` lets tests use a fresh database each. */
export function openDatabase(name: string = DATABASE_NAME): KursnotizDatabase {
  // 'strict' so Chromium flushes each commit to disk: the library and user notes must survive power loss.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KursnotizDatabase;
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  return db;
}
