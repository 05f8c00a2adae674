import { dirname } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { ImportFormats, IpcResult } from '../../shared/ipc-contract';
import {
  ARTICLE_EXTENSIONS,
  CSV_EXTENSIONS,
  IMPORT_FILE_EXTENSIONS,
} from '../../shared/import-pipeline/import-file-rules';
import {
  rejectFile,
  type ImportFileBytes,
  type ParsedImportFile,
} from '../../shared/import-pipeline/parsed-import-file';
import type { ImportBatch, ImportProgress } from '../../shared/import-pipeline/transfer-schema';
import type { IpcRouter } from '../ipc-router';
import type { SettingsStore } from '../settings-store';
import { readPickedFile, type PickedFileSystem } from './read-picked-files';
import type { WorkerClient } from './worker-client';

/** What the import handlers need from the outside world (the app passes Electron's, tests fakes). */
export interface ImportDeps {
  showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  fs: PickedFileSystem;
  worker: WorkerClient;
  settings: SettingsStore;
  /** Where the first dialog opens (the user's Documents folder). */
  defaultFolder: string;
  sendProgress: (progress: ImportProgress) => void;
}

const PRICE_DATA_FILTER_NAME = 'Kursdaten / Price data (CSV)';

/**
 * The open dialog: several files, the remembered folder, filters for what the import reads; price data only
 * when the user asked to import a price history (the chart's empty state).
 */
export function importDialogOptions(folder: string, formats: ImportFormats = 'all'): OpenDialogOptions {
  return {
    defaultPath: folder,
    properties: ['openFile', 'multiSelections'],
    filters:
      formats === 'price-data'
        ? [{ name: PRICE_DATA_FILTER_NAME, extensions: [...CSV_EXTENSIONS] }]
        : [
            {
              name: 'Artikel und Kursdaten / Articles and price data',
              extensions: [...IMPORT_FILE_EXTENSIONS],
            },
            { name: 'Artikel / Articles', extensions: [...ARTICLE_EXTENSIONS] },
            { name: PRICE_DATA_FILTER_NAME, extensions: [...CSV_EXTENSIONS, 'txt'] },
          ],
  };
}

/** Runs one batch through the worker in order, reporting progress; stops early when cancelled. */
export function makeBatchRunner(deps: Pick<ImportDeps, 'worker' | 'sendProgress'>) {
  let isCancelled = false;
  return {
    cancel: () => {
      isCancelled = true;
    },
    async run(
      items: readonly { fileName: string; read: () => Promise<ParsedImportFile | ImportFileBytes> }[],
    ) {
      isCancelled = false;
      const files: ParsedImportFile[] = [];
      for (const [index, item] of items.entries()) {
        if (isCancelled) {
          files.push(rejectFile(item.fileName, 'cancelled', 'Import cancelled.'));
          continue;
        }
        deps.sendProgress({ doneCount: index, totalCount: items.length, fileName: item.fileName });
        const read = await item.read();
        files.push('kind' in read ? read : await deps.worker.parse(read));
      }
      deps.sendProgress({ doneCount: items.length, totalCount: items.length, fileName: '' });
      return { files, isCancelled };
    },
  };
}

/** Registers import:pick-files, import:parse-files and import:cancel. */
export function setupImport(ipc: IpcRouter, deps: ImportDeps): void {
  const runner = makeBatchRunner(deps);
  ipc.handle('import:pick-files', async (formats): Promise<IpcResult<ImportBatch>> => {
    const { lastImportFolder } = await deps.settings.read();
    const choice = await deps.showOpenDialog(
      importDialogOptions(lastImportFolder ?? deps.defaultFolder, formats),
    );
    if (choice.canceled || choice.filePaths.length === 0)
      return { ok: true, value: { files: [], isCancelled: false } };
    await deps.settings.update({ lastImportFolder: dirname(choice.filePaths[0]!) }).catch(() => undefined);
    const items = choice.filePaths.map((path) => ({
      fileName: path.split(/[\\/]/u).pop() ?? path,
      read: async () => {
        const picked = await readPickedFile(deps.fs, path);
        return picked.ok ? picked.file : picked.parsed;
      },
    }));
    return { ok: true, value: await runner.run(items) };
  });
  ipc.handle('import:parse-files', async (files): Promise<IpcResult<ImportBatch>> => {
    const items = files.map((file) => ({ fileName: file.fileName, read: () => Promise.resolve(file) }));
    return { ok: true, value: await runner.run(items) };
  });
  ipc.handle('import:cancel', () => {
    runner.cancel();
    return { ok: true, value: null };
  });
}
