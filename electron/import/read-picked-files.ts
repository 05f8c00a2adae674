import { basename } from 'node:path';
import { isImportableFileName, MAX_IMPORT_FILE_BYTES } from '../../shared/import-pipeline/import-file-rules';
import {
  rejectFile,
  type ImportFileBytes,
  type ParsedImportFile,
} from '../../shared/import-pipeline/parsed-import-file';

/** The file system calls reading needs (node:fs/promises in the app, a fake in tests). */
export interface PickedFileSystem {
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

/** One picked file: its bytes to parse, or a rejection decided without parsing. */
export type PickedFile = { ok: true; file: ImportFileBytes } | { ok: false; parsed: ParsedImportFile };

/**
 * Reads one file the user picked. Type and size are checked BEFORE the bytes are read (a 4 GB file
 * is never loaded); the file is not parsed here: main never interprets untrusted content.
 */
export async function readPickedFile(fs: PickedFileSystem, path: string): Promise<PickedFile> {
  const fileName = basename(path);
  if (!isImportableFileName(fileName)) {
    const extension = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '?';
    return {
      ok: false,
      parsed: rejectFile(fileName, 'unsupported-type', `${fileName} has an unsupported type.`, { extension }),
    };
  }
  try {
    const stats = await fs.stat(path);
    if (!stats.isFile())
      return { ok: false, parsed: rejectFile(fileName, 'unreadable', `${fileName} is not a file.`) };
    if (stats.size > MAX_IMPORT_FILE_BYTES) {
      return {
        ok: false,
        parsed: rejectFile(fileName, 'too-large', `${fileName} is larger than the import limit.`, {
          sizeBytes: stats.size,
          limitBytes: MAX_IMPORT_FILE_BYTES,
        }),
      };
    }
    const bytes = await fs.readFile(path);
    // The file may have grown between stat and read.
    if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) {
      return {
        ok: false,
        parsed: rejectFile(fileName, 'too-large', `${fileName} is larger than the import limit.`, {
          sizeBytes: bytes.byteLength,
          limitBytes: MAX_IMPORT_FILE_BYTES,
        }),
      };
    }
    return { ok: true, file: { fileName, bytes: new Uint8Array(bytes), lastModifiedMs: stats.mtimeMs } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      parsed: rejectFile(fileName, 'unreadable', `${fileName} could not be read.`, { detail }),
    };
  }
}
