import type { PreloadApi } from '../../../shared/preload-api';
import {
  importBatchSchema,
  type ImportBatch,
  type ImportProgress,
} from '../../../shared/import-pipeline/transfer-schema';
import { rejectFile, type ImportFileBytes } from '../../../shared/import-pipeline/parsed-import-file';
import type { IpcResult } from '../../../shared/ipc-contract';
import type { ImportHost } from '../import-host';
import { useImportStore } from '../import-store';
import type { BrowserFile } from './parse-browser-files';
import type { ImportSource } from './import-controller';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import-pipeline/import-file-rules';

/** The preload calls the Electron import uses (a typed fake in tests). */
export type ImportApi = Pick<
  PreloadApi,
  'pickImportFiles' | 'parseImportFiles' | 'cancelImport' | 'onImportProgress'
>;

function listFiles(files: ImportBatch['files']): AsyncIterable<ImportBatch['files'][number]> {
  // for await accepts a plain iterable too; the array is already complete.
  return {
    [Symbol.asyncIterator]: () => {
      let index = 0;
      return {
        next: () =>
          Promise.resolve(
            index < files.length ? { done: false, value: files[index++]! } : { done: true, value: undefined },
          ),
      };
    },
  };
}

// Main's answer is checked again here: the renderer trusts no process boundary blindly.
function toSource(result: IpcResult<ImportBatch>, fallbackNames: readonly string[]): ImportSource {
  const parsed = result.ok ? importBatchSchema.safeParse(result.value) : null;
  if (parsed?.success) return { totalCount: parsed.data.files.length, files: listFiles(parsed.data.files) };
  const message = result.ok ? 'The import process sent an invalid answer.' : result.error.message;
  const files = fallbackNames.map((name) => rejectFile(name, 'worker-failed', message));
  return { totalCount: files.length, files: listFiles(files) };
}

async function readDropped(files: readonly BrowserFile[]): Promise<ImportFileBytes[]> {
  const read: ImportFileBytes[] = [];
  for (const file of files) {
    read.push({
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      lastModifiedMs: file.lastModified,
    });
  }
  return read;
}

/** Electron's import: the native dialog and dropped files both go to main and its utility process. */
export function makeElectronImportHost(
  api: ImportApi,
  onProgress: (progress: ImportProgress) => void = (progress) =>
    useImportStore.getState().setProgress(progress),
): ImportHost {
  // Main reports its reading/parsing progress while the call runs; listening only meanwhile.
  const withProgress = async <T>(call: () => Promise<T>): Promise<T> => {
    const stop = api.onImportProgress(onProgress);
    try {
      return await call();
    } finally {
      stop();
    }
  };
  return {
    pickFiles: async (formats) => {
      const result = await withProgress(() => api.pickImportFiles(formats));
      if (result.ok && result.value.files.length === 0 && !result.value.isCancelled) return null;
      return toSource(result, []);
    },
    parseFiles: (files) => {
      // Too large files are never read into memory: rejected here, the rest go to the utility process.
      const tooLarge = files.filter((file) => file.size > MAX_IMPORT_FILE_BYTES);
      const sendable = files.filter((file) => file.size <= MAX_IMPORT_FILE_BYTES);
      const parsed = (async function* () {
        for (const file of tooLarge) {
          yield rejectFile(file.name, 'too-large', `${file.name} is larger than the import limit.`, {
            sizeBytes: file.size,
            limitBytes: MAX_IMPORT_FILE_BYTES,
          });
        }
        if (sendable.length === 0) return;
        const names = sendable.map((file) => file.name);
        const source = toSource(
          await withProgress(async () => api.parseImportFiles(await readDropped(sendable))),
          names,
        );
        yield* source.files;
      })();
      return { totalCount: files.length, files: parsed };
    },
    cancel: () => {
      void api.cancelImport();
    },
  };
}
