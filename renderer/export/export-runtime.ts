import type { KursnotizDatabase } from '../db/database';
import { getPlatform } from '../platform/get-platform';
import { useAppStore } from '../store/app-store';
import { readExportOptions } from './export-settings';
import { useExportStore } from './export-store';
import { runExport, type ExportOutcome } from './export-service';
import { preloadPdfMake } from './pdf-bytes';

let database: KursnotizDatabase | null = null;

/** Gives the export feature the app's database and loads the choices remembered from the last export. */
export async function startExport(db: KursnotizDatabase): Promise<void> {
  database = db;
  try {
    const stored = await readExportOptions(db);
    if (stored) useExportStore.getState().setOptions(stored);
  } catch (error) {
    console.warn('Kursnotiz: the last export choices could not be read:', error);
  }
}

/** Opens the export dialog (button, menu command, Ctrl/Cmd+P); ignored while an export runs. */
export function openExportDialog(): void {
  const state = useExportStore.getState();
  if (state.progress !== null) return;
  state.open();
  preloadPdfMake();
}

/** Runs an export with the dialog's current choices. */
export function startExportRun(): Promise<ExportOutcome> {
  return runExport({
    app: () => useAppStore.getState(),
    ui: () => useExportStore.getState(),
    db: database,
    platform: getPlatform(),
    nowMs: () => Date.now(),
  });
}
