// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, formatBackupError } from '../../../../shared/annotations';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import { readLibrary, replaceLibrary } from '../../../../renderer/library/services/library-tables';
import {
  backupLibrary,
  checkBackupFile,
  restoreBackup,
} from '../../../../renderer/library/services/library-backup';
import { annotatePhrase, fillLibrary } from '../../../fixtures/library/make-library';

let counter = 0;
const opened: KursnotizDatabase[] = [];
function freshDatabase(): KursnotizDatabase {
  counter += 1;
  const db = openDatabase(`backup-test-${counter}`);
  opened.push(db);
  return db;
}

async function backupText(db: KursnotizDatabase): Promise<string> {
  const result = await backupLibrary(db, { createdAtMs: 1_763_712_000_000, appVersion: '0.1.0' });
  if (!result.ok) throw new Error(`backup refused: ${result.error.code}`);
  return result.json;
}

/** A different library: one seed article less, another annotation, German settings. */
async function otherLibrary(db: KursnotizDatabase): Promise<void> {
  const { articles } = await fillLibrary(db);
  await db.articles.delete(articles[4]!.id);
  await db.annotations.put(annotatePhrase(articles[2]!, 'Alibaba', { id: 'other-1', tags: ['question'] }));
  await db.settings.put({ key: 'uiLanguage', value: 'de' });
}

describe('library backup and restore', () => {
  let source: KursnotizDatabase;
  beforeEach(async () => {
    source = freshDatabase();
    await fillLibrary(source);
    await source.settings.put({ key: 'seedsStored', value: true });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.delete()));
  });

  it('backup → restore into another profile gives an identical library (every table)', async () => {
    const json = await backupText(source);
    const target = freshDatabase();
    await otherLibrary(target);
    const checked = checkBackupFile(json);
    if (!checked.ok) throw new Error(checked.error.code);
    await restoreBackup(target, checked.backup);
    const [restored, original] = [await readLibrary(target), await readLibrary(source)];
    expect(restored).toEqual(original);
    expect(await target.levels.toArray()).toEqual(await source.levels.toArray());
    expect(original.annotations).toHaveLength(3);
    expect(original.quoteSeries).toHaveLength(1);
    expect(original.settings).toContainEqual({ key: 'uiLanguage', value: 'en' });
  });

  it('a backup without the seeds-stored mark restores with it, so deleted seeds do not come back', async () => {
    await source.settings.delete('seedsStored');
    const checked = checkBackupFile(await backupText(source));
    if (!checked.ok) throw new Error(checked.error.code);
    const target = freshDatabase();
    await restoreBackup(target, checked.backup);
    expect(await target.settings.get('seedsStored')).toEqual({ key: 'seedsStored', value: true });
    expect(await target.articles.count()).toBe(await source.articles.count());
  });

  it('refuses a backup from a newer schema with a clear message', async () => {
    const document = JSON.parse(await backupText(source)) as { schemaVersion: number };
    document.schemaVersion = BACKUP_SCHEMA_VERSION + 1;
    const result = checkBackupFile(JSON.stringify(document));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('newer-schema');
    expect(formatBackupError(result.error, 'de')).toBe(
      `Diese Sicherung stammt aus einer neueren Kursnotiz-Version (Schema ${BACKUP_SCHEMA_VERSION + 1}); diese Version kann Schema ${BACKUP_SCHEMA_VERSION} lesen.`,
    );
  });

  it('refuses an edited backup (checksum mismatch) and a truncated one, naming why', async () => {
    const json = await backupText(source);
    const edited = json.replace('"value":"en"', '"value":"de"');
    expect(edited).not.toBe(json);
    const mismatch = checkBackupFile(edited);
    expect(mismatch.ok ? null : mismatch.error.code).toBe('checksum-mismatch');
    const truncated = checkBackupFile(json.slice(0, Math.floor(json.length / 2)));
    expect(truncated.ok ? null : truncated.error.code).toBe('not-json');
    if (!truncated.ok)
      expect(formatBackupError(truncated.error, 'en')).toMatch(/^The file is not valid JSON/);
  });

  it('a restore that fails midway leaves the old library intact (one transaction)', async () => {
    const target = freshDatabase();
    await otherLibrary(target);
    const before = await readLibrary(target);
    const backup = await readLibrary(source);
    // Articles, then annotations are written before the duplicate key aborts the levels' bulkAdd.
    const broken = { ...backup, levels: [...backup.levels, backup.levels[0]!] };
    await expect(replaceLibrary(target, broken)).rejects.toThrow(/ConstraintError|Key already exists/);
    expect(await readLibrary(target)).toEqual(before);
  });
});
