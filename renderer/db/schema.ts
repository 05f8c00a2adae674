import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import type { PriceLevel } from '../../shared/model/level';
import type { QuoteSeries } from '../../shared/model/quote';

/** The IndexedDB database name (shown in About/diagnostics). */
export const DATABASE_NAME = 'kursnotiz';

/**
 * Every schema version, oldest first. A later version appends an entry here (its `stores` lists only the
 * tables that change) and, if data must move, an `upgrade` in database.ts; existing entries never change.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      articles: 'id, &contentHash, publishedOn, addedAtMs',
      levels: 'id, articleId, listing',
      quoteSeries: 'listing',
      settings: 'key',
    },
  },
  {
    // v2 adds the user's annotations; Dexie creates the new table and keeps every v1 table as it was.
    version: 2,
    stores: {
      annotations: 'id, articleId, *tags, createdAtMs, modifiedAtMs',
    },
  },
] as const;

/** The newest schema version (what About reports). */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** A price level as stored: `articleId` is copied out of `source` so it can be indexed flat. */
export type LevelRecord = PriceLevel & { articleId: string };

/** One stored setting: a key and a JSON-serialisable value. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Row types per table. */
export interface TableRows {
  articles: Article;
  levels: LevelRecord;
  quoteSeries: QuoteSeries;
  settings: SettingRecord;
  annotations: Annotation;
}
