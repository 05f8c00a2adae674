import { articleFormatOf, parseArticleFile, type ArticleFileInput } from '../import/parse-article-file';
import { DEFAULT_ARTICLE_PARSE_LIMITS, type ArticleParserDeps } from '../import/article-parser-deps';
import { parsePriceCsv } from '../import/csv';
import { extensionOf } from '../import/meta/file-name';
import { CSV_EXTENSIONS, MAX_IMPORT_FILE_BYTES } from './import-file-rules';
import { rejectFile, type ImportFileBytes, type ParsedImportFile } from './parsed-import-file';

/**
 * Parses one file by its extension. `.csv`/`.tsv` are price histories; `.txt` is first tried as a price
 * history (Excel's "Unicode text" export is a tab-separated table) and read as an article when it has no
 * price table; `.md`, `.html`, `.pdf` are articles. Never throws.
 */
export async function parseImportFile(
  file: ImportFileBytes,
  deps: ArticleParserDeps,
): Promise<ParsedImportFile> {
  const { fileName, bytes } = file;
  const extension = extensionOf(fileName);
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    return rejectFile(fileName, 'too-large', `${fileName} is larger than the import limit.`, {
      sizeBytes: bytes.length,
      limitBytes: MAX_IMPORT_FILE_BYTES,
    });
  }
  if (CSV_EXTENSIONS.includes(extension) || extension === 'txt') {
    const preview = parsePriceCsv(bytes, fileName, { maxBytes: MAX_IMPORT_FILE_BYTES });
    if (preview.ok) return { kind: 'price-csv', fileName, preview };
    if (extension !== 'txt') {
      return { kind: 'rejected', fileName, rejection: { stage: 'csv', ...preview.error } };
    }
  }
  if (articleFormatOf(fileName) === null) {
    return rejectFile(
      fileName,
      'unsupported-type',
      `${fileName}: .${extension || '?'} files cannot be imported.`,
      {
        extension: extension || '?',
      },
    );
  }
  const input: ArticleFileInput = { fileName, bytes, lastModifiedMs: file.lastModifiedMs };
  const result = await parseArticleFile(input, deps, {
    ...DEFAULT_ARTICLE_PARSE_LIMITS,
    maxBytes: MAX_IMPORT_FILE_BYTES,
  });
  if (result.ok) return { kind: 'article', fileName, article: result.article, warnings: result.warnings };
  return { kind: 'rejected', fileName, rejection: { stage: 'article', ...result.error } };
}
