import type { ArticleParserDeps } from '../../../shared/import/article-parser-deps';
import {
  isImportableFileName,
  MAX_IMPORT_FILE_BYTES,
} from '../../../shared/import-pipeline/import-file-rules';
import { parseImportFile } from '../../../shared/import-pipeline/parse-import-file';
import { rejectFile, type ParsedImportFile } from '../../../shared/import-pipeline/parsed-import-file';

/** The part of a browser File the import reads (a test passes plain objects). */
export type BrowserFile = Pick<File, 'name' | 'size' | 'lastModified' | 'arrayBuffer'>;

/**
 * Parses picked or dropped files one by one in the renderer (the web host's path). Type and size are
 * checked BEFORE a file's bytes are read; a file that cannot be read becomes a rejection, never a throw.
 */
export async function* parseBrowserFiles(
  files: readonly BrowserFile[],
  deps: ArticleParserDeps,
): AsyncGenerator<ParsedImportFile> {
  for (const file of files) {
    if (!isImportableFileName(file.name)) {
      const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '') : '';
      yield rejectFile(file.name, 'unsupported-type', `${file.name} has an unsupported type.`, {
        extension: extension === '' ? '?' : extension.toLowerCase(),
      });
      continue;
    }
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      yield rejectFile(file.name, 'too-large', `${file.name} is larger than the import limit.`, {
        sizeBytes: file.size,
        limitBytes: MAX_IMPORT_FILE_BYTES,
      });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      yield rejectFile(file.name, 'unreadable', `${file.name} could not be read.`, {
        detail: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200),
      });
      continue;
    }
    yield await parseImportFile({ fileName: file.name, bytes, lastModifiedMs: file.lastModified }, deps);
  }
}
