import { extensionOf } from '../import/meta/file-name';

// Kept free of parser imports: main, the preload contract and dialogs need these rules, not the parsers.

/** Extensions read only as price histories. */
export const CSV_EXTENSIONS: readonly string[] = ['csv', 'tsv'];

/** Extensions read as articles (the same list as ARTICLE_FILE_EXTENSIONS; a unit test keeps them equal). */
export const ARTICLE_EXTENSIONS: readonly string[] = [
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'pdf',
];

/** Every extension the import accepts (without dot), for open dialogs, pickers and drop filters. */
export const IMPORT_FILE_EXTENSIONS: readonly string[] = [...CSV_EXTENSIONS, ...ARTICLE_EXTENSIONS];

/** The per-file size limit both hosts check before reading a file's bytes (20 MiB). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** Whether the import reads files with this name at all (decided from the extension). */
export function isImportableFileName(fileName: string): boolean {
  return IMPORT_FILE_EXTENSIONS.includes(extensionOf(fileName));
}
