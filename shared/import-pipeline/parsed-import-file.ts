import type { ArticleDraft, ArticleParseWarning } from '../import/article-draft';
import type { CsvPreviewOk } from '../import/csv';

/** Where a rejection was decided: before parsing (the file as such), or by the article or CSV parser. */
export type RejectionStage = 'file' | 'article' | 'csv';

/** Rejection codes decided before any parser ran. */
export type FileRejectionCode =
  | 'unsupported-type'
  | 'too-large'
  | 'unreadable'
  | 'cancelled'
  | 'worker-failed'
  | 'answer-too-large'
  | 'timeout';

/** Why a file was not imported: a code the UI translates, an English message for logs, values for the text. */
export interface ImportRejection {
  stage: RejectionStage;
  code: string;
  message: string;
  values: Record<string, string | number>;
}

/** One file after parsing: an article draft, a price history awaiting confirmation, or a rejection. */
export type ParsedImportFile =
  | { kind: 'article'; fileName: string; article: ArticleDraft; warnings: ArticleParseWarning[] }
  | { kind: 'price-csv'; fileName: string; preview: CsvPreviewOk }
  | { kind: 'rejected'; fileName: string; rejection: ImportRejection };

/** One file's bytes as a host hands them to the parser. */
export interface ImportFileBytes {
  fileName: string;
  bytes: Uint8Array;
  lastModifiedMs?: number | undefined;
}

/** Builds a rejection decided before parsing. */
export function rejectFile(
  fileName: string,
  code: FileRejectionCode,
  message: string,
  values: Record<string, string | number> = {},
): ParsedImportFile {
  return {
    kind: 'rejected',
    fileName,
    rejection: { stage: 'file', code, message, values: { fileName, ...values } },
  };
}
