import { formatBackupError, formatW3cImportError } from '../../shared/annotations';
import type { KursnotizDatabase } from '../db/database';
import { getPlatform } from '../platform/get-platform';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import { describeError } from '../services/start-app';
import { APP_VERSION } from '../services/app-version';
import { useLibraryStore } from './library-store';
import {
  buildAnnotationExport,
  importAnnotationFile,
  type AnnotationExportScope,
} from './services/annotation-interop';
import { backupLibrary, checkBackupFile, countLibrary, restoreBackup } from './services/library-backup';
import { annotationExportFileName, backupFileName } from './services/file-names';
import { reloadAnnotations, reloadLibraryIntoStore } from './services/reload-store';
import { readFileText } from './services/read-file-text';

let database: KursnotizDatabase | null = null;

/** Gives the library feature the app's database (called once the library is loaded). */
export function startLibrary(db: KursnotizDatabase): void {
  database = db;
}

/** The database the library feature works on, or null before start-up finished. */
export function libraryDatabase(): KursnotizDatabase | null {
  return database;
}

/** Whether the feature is ready (the menu stays disabled before start-up finished). */
export function isLibraryReady(): boolean {
  return database !== null;
}

const ui = () => useLibraryStore.getState();
const language = () => useAppStore.getState().language;

async function saveText(json: string, suggestedName: string, filterName: string, extensions: string[]) {
  const result = await getPlatform().saveFile({
    suggestedName,
    bytes: new TextEncoder().encode(json),
    filter: { name: filterName, extensions },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.saved;
}

/** Runs `step` with the busy flag set; an unexpected error becomes a message dialog, never a crash. */
async function busy(
  failure: 'import-failed' | 'restore-failed' | 'backup-failed' | 'export-failed',
  step: (db: KursnotizDatabase) => Promise<void>,
) {
  if (!database || ui().isBusy) return;
  ui().setBusy(true);
  try {
    await step(database);
  } catch (error) {
    console.warn(`Kursnotiz: ${failure}:`, error);
    const text = translate(language(), `library.${failure}.text`, { reason: describeError(error) });
    ui().show({ kind: 'message', title: failure, text });
  } finally {
    ui().setBusy(false);
  }
}

/** Exports the chosen annotations as W3C JSON-LD through the host's save dialog (or a download). */
export function exportAnnotations(scope: AnnotationExportScope): Promise<void> {
  return busy('export-failed', async () => {
    const { annotations, articles } = useAppStore.getState();
    const nowMs = Date.now();
    const file = buildAnnotationExport(annotations, articles, scope, nowMs);
    ui().show(null);
    const saved = await saveText(file.json, annotationExportFileName(nowMs), 'W3C Web Annotation (JSON-LD)', [
      'jsonld',
      'json',
    ]);
    if (saved)
      useAppStore.getState().showStatus(translate(language(), 'library.exported', { count: file.count }));
  });
}

/** Imports a W3C Web Annotation file the user picked and shows the report. */
export function importAnnotations(file: File): Promise<void> {
  return busy('import-failed', async (db) => {
    const result = await importAnnotationFile(db, await readFileText(file), Date.now());
    if (!result.ok) {
      ui().show({
        kind: 'message',
        title: 'import-failed',
        text: formatW3cImportError(result.error, language()),
      });
      return;
    }
    await reloadAnnotations(db, useAppStore);
    ui().show({ kind: 'import-report', fileName: file.name, report: result.report });
  });
}

/** Saves a backup of the whole library as one JSON file. */
export function backUpLibrary(): Promise<void> {
  return busy('backup-failed', async (db) => {
    const nowMs = Date.now();
    const result = await backupLibrary(db, { createdAtMs: nowMs, appVersion: APP_VERSION });
    if (!result.ok) {
      ui().show({
        kind: 'message',
        title: 'backup-failed',
        text: formatBackupError(result.error, language()),
      });
      return;
    }
    const saved = await saveText(result.json, backupFileName(nowMs), 'Kursnotiz-Sicherung / backup (JSON)', [
      'json',
    ]);
    if (saved) useAppStore.getState().showStatus(translate(language(), 'library.backedUp'));
  });
}

/** Checks a backup file the user picked; a valid one opens the confirmation, a bad one its reason. */
export function chooseBackupFile(file: File): Promise<void> {
  return busy('restore-failed', async (db) => {
    const result = checkBackupFile(await readFileText(file));
    if (!result.ok) {
      // Some reasons already say so; the others get the reassurance that nothing was touched.
      const reason = formatBackupError(result.error, language());
      const unchanged = translate(language(), 'library.unchanged');
      const text = reason.includes(unchanged) ? reason : `${reason} ${unchanged}`;
      ui().show({ kind: 'message', title: 'restore-refused', text });
      return;
    }
    ui().show({
      kind: 'confirm-restore',
      fileName: file.name,
      backup: result.backup,
      current: await countLibrary(db),
    });
  });
}

/** Replaces the library with the confirmed backup (all or nothing), then reloads what the app shows. */
export function confirmRestore(): Promise<void> {
  const dialog = ui().dialog;
  if (dialog?.kind !== 'confirm-restore') return Promise.resolve();
  return busy('restore-failed', async (db) => {
    await restoreBackup(db, dialog.backup);
    await reloadLibraryIntoStore(db, useAppStore);
    ui().show({ kind: 'message', title: 'restored', text: translate(language(), 'library.restored.text') });
  });
}
