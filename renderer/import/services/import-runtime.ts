import type { ImportFormats } from '../../../shared/ipc-contract';
import type { StoreApi } from 'zustand';
import { toQuoteSeries, type CsvConfirmation, type CsvPreviewOk } from '../../../shared/import/csv';
import type { KursnotizDatabase } from '../../db/database';
import { listQuoteSeries, putQuoteSeries } from '../../db/quote-series-repository';
import { listAnnotations } from '../../db/annotation-repository';
import type { Platform } from '../../platform/platform';
import type { AppState } from '../../store/app-store';
import { describeError } from '../../services/start-app';
import { useImportStore, type ImportState } from '../import-store';
import { importText } from '../import-text';
import type { BrowserFile } from './parse-browser-files';
import { runImport, type ImportSource } from './import-controller';

interface Runtime {
  db: KursnotizDatabase;
  appStore: StoreApi<AppState>;
  importStore: StoreApi<ImportState>;
  platform: Pick<Platform, 'importHost'>;
}

let runtime: Runtime | null = null;
let running: Promise<unknown> = Promise.resolve();

/** Loads the stored quote series into the chart and makes the import usable. */
export async function startImport(
  db: KursnotizDatabase,
  appStore: StoreApi<AppState>,
  platform: Pick<Platform, 'importHost'>,
  importStore: StoreApi<ImportState> = useImportStore,
): Promise<void> {
  runtime = { db, appStore, importStore, platform };
  try {
    appStore.getState().setQuoteSeries(await listQuoteSeries(db));
  } catch (error) {
    appStore
      .getState()
      .showStatus(
        importText(appStore.getState().language, 'import.failed', { reason: describeError(error) }),
      );
  }
}

/** Whether startImport() ran (the import button is disabled before). */
export function isImportReady(): boolean {
  return runtime !== null;
}

// An updated article's annotations were re-anchored in the database; the reader shows them from the store.
async function reloadAnnotations(current: Runtime): Promise<void> {
  const { annotations } = await listAnnotations(current.db);
  current.appStore.getState().setAnnotations(annotations);
}

// One batch at a time: a second drop while one runs waits for it.
function enqueue(start: (current: Runtime) => Promise<ImportSource | null>): Promise<void> {
  const current = runtime;
  if (!current) return Promise.resolve();
  const job = running.then(async () => {
    try {
      const source = await start(current);
      if (source)
        await runImport(
          {
            db: current.db,
            appStore: current.appStore,
            importStore: current.importStore,
            onAnnotationsReanchored: () => reloadAnnotations(current),
          },
          source,
        );
    } catch (error) {
      console.warn('Kursnotiz: import failed:', error);
      const { language, showStatus } = current.appStore.getState();
      showStatus(importText(language, 'import.failed', { reason: describeError(error) }));
      current.importStore.getState().finishBatch([], []);
    }
  });
  running = job;
  return job;
}

/** Imports files the user dropped or picked in the page. */
export function importFiles(files: readonly BrowserFile[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return enqueue((current) => {
    current.importStore.getState().startBatch(files.length);
    return Promise.resolve(current.platform.importHost.parseFiles(files));
  });
}

/** Opens the host's native file dialog; returns false when the host has none (the web host uses its input). */
export function pickAndImportFiles(formats: ImportFormats = 'all'): boolean {
  const pick = runtime?.platform.importHost.pickFiles;
  if (!pick) return false;
  void enqueue(() => pick(formats));
  return true;
}

/** Stops the running batch after the current file. */
export function cancelImport(): void {
  if (!runtime) return;
  runtime.importStore.getState().requestCancel();
  runtime.platform.importHost.cancel();
}

/**
 * Stores a confirmed price history (replacing the listing's previous one) and shows it on the chart;
 * levels and article markers are untouched. Returns false (and tells the user) when saving failed.
 */
export async function confirmPriceHistory(
  preview: CsvPreviewOk,
  confirmation: CsvConfirmation,
): Promise<boolean> {
  const current = runtime;
  if (!current) return false;
  const series = toQuoteSeries(preview, confirmation, Date.now());
  try {
    await putQuoteSeries(current.db, series);
  } catch (error) {
    const { language, showStatus } = current.appStore.getState();
    showStatus(importText(language, 'import.csv.saveFailed', { reason: describeError(error) }));
    return false;
  }
  const others = current.appStore
    .getState()
    .quoteSeries.filter((stored) => stored.listing !== series.listing);
  current.appStore.getState().setQuoteSeries([...others, series]);
  current.importStore.getState().resolvePreview(preview.fileName, {
    fileName: preview.fileName,
    status: 'series-imported',
    barsKept: series.bars.length,
    listing: series.listing,
  });
  return true;
}

/** Drops a preview without storing it. */
export function skipPriceHistory(preview: CsvPreviewOk): void {
  useImportStore.getState().resolvePreview(preview.fileName, {
    fileName: preview.fileName,
    status: 'series-skipped',
    barsKept: preview.stats.barsKept,
  });
}
