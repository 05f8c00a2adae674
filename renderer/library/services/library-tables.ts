import type { BackupLibrary } from '../../../shared/annotations';
import type { KursnotizDatabase } from '../../db/database';
import { fromLevelRecord, toLevelRecord } from '../../db/level-repository';

/** Every table a backup covers, in one list so reading and restoring can never disagree. */
function libraryTables(db: KursnotizDatabase) {
  return [db.articles, db.annotations, db.levels, db.quoteSeries, db.settings] as const;
}

/**
 * Reads the whole library (articles, annotations, levels, quote series, settings) in one read
 * transaction, so a backup is a consistent snapshot even while the user keeps annotating.
 */
export function readLibrary(db: KursnotizDatabase): Promise<BackupLibrary> {
  return db.transaction('r', libraryTables(db), async () => {
    const [articles, annotations, levels, quoteSeries, settings] = await Promise.all([
      db.articles.toArray(),
      db.annotations.toArray(),
      db.levels.toArray(),
      db.quoteSeries.toArray(),
      db.settings.toArray(),
    ]);
    return {
      articles,
      annotations,
      levels: levels.map(fromLevelRecord),
      quoteSeries,
      // A backup holds JSON values only; a stored value that is not JSON would fail the backup's check.
      settings: settings.map((setting) => ({ key: setting.key, value: setting.value as never })),
    };
  });
}

/**
 * Replaces the whole library with `library` in ONE read-write transaction: every table is cleared and
 * refilled. If any step throws (a constraint, a full disk), IndexedDB aborts the transaction and the old
 * library stays exactly as it was: a restore never half-applies.
 */
export function replaceLibrary(db: KursnotizDatabase, library: BackupLibrary): Promise<void> {
  return db.transaction('rw', libraryTables(db), async () => {
    await Promise.all(libraryTables(db).map((table) => table.clear()));
    // bulkAdd, not bulkPut: a duplicate key in the file is an error that aborts, never a silent overwrite.
    await db.articles.bulkAdd(library.articles);
    await db.annotations.bulkAdd(library.annotations);
    await db.levels.bulkAdd(library.levels.map(toLevelRecord));
    await db.quoteSeries.bulkAdd(library.quoteSeries);
    await db.settings.bulkAdd(library.settings);
    // A backup from before the seeds were marked as stored must not get the seeds back at the next
    // start: the restored library is the user's, including the seed articles they had deleted.
    if (!library.settings.some((setting) => setting.key === 'seedsStored'))
      await db.settings.put({ key: 'seedsStored', value: true });
  });
}
