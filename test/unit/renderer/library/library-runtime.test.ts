// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION } from '../../../../shared/annotations';
import { openDatabase, type KursnotizDatabase } from '../../../../renderer/db/database';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { useLibraryStore } from '../../../../renderer/library/library-store';
import {
  chooseBackupFile,
  confirmRestore,
  importAnnotations,
  startLibrary,
} from '../../../../renderer/library/library-runtime';
import { readLibrary } from '../../../../renderer/library/services/library-tables';
import { backupLibrary } from '../../../../renderer/library/services/library-backup';
import { fillLibrary } from '../../../fixtures/library/make-library';

let counter = 0;
const opened: KursnotizDatabase[] = [];
function freshDatabase(): KursnotizDatabase {
  counter += 1;
  const db = openDatabase(`library-runtime-${counter}`);
  opened.push(db);
  return db;
}

async function backupFile(db: KursnotizDatabase, edit?: (document: { schemaVersion: number }) => void) {
  const result = await backupLibrary(db, { createdAtMs: 1_763_712_000_000, appVersion: '0.1.0' });
  if (!result.ok) throw new Error(result.error.code);
  const document = JSON.parse(result.json) as { schemaVersion: number };
  edit?.(document);
  return new File([JSON.stringify(document)], 'Kursnotiz-Sicherung.json', { type: 'application/json' });
}

describe('restoring through the library menu', () => {
  let target: KursnotizDatabase;
  beforeEach(async () => {
    resetAppStore();
    useLibraryStore.setState({ dialog: null, isBusy: false });
    target = freshDatabase();
    const { articles } = await fillLibrary(target);
    await target.articles.delete(articles[4]!.id);
    await target.settings.put({ key: 'uiLanguage', value: 'de' });
    startLibrary(target);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.delete()));
  });

  it('refuses a newer schema with the localised message and changes nothing', async () => {
    const source = freshDatabase();
    await fillLibrary(source);
    const before = await readLibrary(target);
    await chooseBackupFile(
      await backupFile(source, (document) => (document.schemaVersion = BACKUP_SCHEMA_VERSION + 1)),
    );
    const dialog = useLibraryStore.getState().dialog;
    expect(dialog?.kind === 'message' && dialog.title).toBe('restore-refused');
    expect(dialog?.kind === 'message' && dialog.text).toMatch(
      /neueren Kursnotiz-Version \(Schema \d+\).*Es wurde nichts geändert\.$/,
    );
    expect(await readLibrary(target)).toEqual(before);
  });

  it('asks first, then replaces the library and reloads the store and settings', async () => {
    const source = freshDatabase();
    await fillLibrary(source);
    await source.settings.put({ key: 'seedsStored', value: true });
    await chooseBackupFile(await backupFile(source));
    const dialog = useLibraryStore.getState().dialog;
    expect(dialog?.kind).toBe('confirm-restore');
    if (dialog?.kind !== 'confirm-restore') return;
    expect(dialog.current.articles).toBe(4);
    expect(await target.articles.count()).toBe(4);

    await confirmRestore();
    expect(await readLibrary(target)).toEqual(await readLibrary(source));
    const state = useAppStore.getState();
    expect(state.articles).toHaveLength(5);
    expect(state.annotations.map((annotation) => annotation.id).sort()).toEqual(['a-1', 'a-2', 'a-3']);
    expect(state.quoteSeries).toHaveLength(1);
    expect(state.language).toBe('en');
    expect(state.themePreference).toBe('dark');
    expect(useLibraryStore.getState().dialog).toMatchObject({ kind: 'message', title: 'restored' });
  });

  it('shows why an annotation file was refused', async () => {
    await importAnnotations(new File(['not json at all'], 'notes.jsonld'));
    const dialog = useLibraryStore.getState().dialog;
    expect(dialog?.kind === 'message' && dialog.text).toMatch(/^Die Datei ist kein gültiges JSON/);
  });
});
