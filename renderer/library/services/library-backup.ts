import {
  createBackup,
  parseBackup,
  type BackupResult,
  type CreateBackupResult,
  type KursnotizBackup,
} from '../../../shared/annotations';
import type { KursnotizDatabase } from '../../db/database';
import { readLibrary, replaceLibrary } from './library-tables';

/** Backs up the whole library; the file text is checked the way a restore will check it. */
export async function backupLibrary(
  db: KursnotizDatabase,
  meta: { createdAtMs: number; appVersion: string },
): Promise<CreateBackupResult> {
  return createBackup(await readLibrary(db), meta);
}

/** Checks a backup file's text without touching the library (the UI asks for confirmation next). */
export function checkBackupFile(json: string): BackupResult {
  return parseBackup(json);
}

/** How much a restore replaces, for the confirmation dialog. */
export interface LibraryCounts {
  articles: number;
  annotations: number;
  levels: number;
  quoteSeries: number;
}

/** Counts of the library stored now. */
export async function countLibrary(db: KursnotizDatabase): Promise<LibraryCounts> {
  const [articles, annotations, levels, quoteSeries] = await Promise.all([
    db.articles.count(),
    db.annotations.count(),
    db.levels.count(),
    db.quoteSeries.count(),
  ]);
  return { articles, annotations, levels, quoteSeries };
}

/** Counts of the library a checked backup holds. */
export function countBackup(backup: KursnotizBackup): LibraryCounts {
  const { library } = backup;
  return {
    articles: library.articles.length,
    annotations: library.annotations.length,
    levels: library.levels.length,
    quoteSeries: library.quoteSeries.length,
  };
}

/** Replaces the library with a checked backup's, all or nothing (see replaceLibrary). */
export function restoreBackup(db: KursnotizDatabase, backup: KursnotizBackup): Promise<void> {
  return replaceLibrary(db, backup.library);
}
