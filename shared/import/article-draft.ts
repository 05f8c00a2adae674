import type { DateConfidence, TextBlock } from '../model/article';

/** Where an imported article's publication date came from (the UI localises the reason from this). */
export type DateSource =
  'html-meta' | 'html-time' | 'json-ld' | 'front-matter' | 'pdf-metadata' | 'text' | 'file-modified' | 'none';

/** An article read from a file, before the library gives it an id, origin and added time. */
export interface ArticleDraft {
  title: string;
  /** Publisher or site name where the file tells, else the file name. */
  source: string;
  /** ISO calendar date (YYYY-MM-DD) or null. */
  publishedOn: string | null;
  dateConfidence: DateConfidence;
  dateSource: DateSource;
  /** A short English reason for the date; the UI may localise it from `dateSource` instead. */
  dateReason: string;
  /** BCP 47 primary language tag, e.g. 'de'. */
  language: string;
  blocks: TextBlock[];
  /** SHA-256 (hex) of articleText(blocks), as Article.contentHash. */
  contentHash: string;
  fileName: string;
  /** Which parser read the file. */
  format: ArticleFormat;
}

/** File formats the article import reads. */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf';

/** Why a file was rejected; the UI maps each code to a localised sentence using `values`. */
export type ArticleImportErrorCode =
  | 'unsupported-type'
  | 'empty'
  | 'too-large'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'binary-data'
  | 'encoding'
  | 'no-article-text'
  | 'too-complex'
  | 'too-many-blocks'
  | 'too-much-text'
  | 'timeout'
  | 'internal';

/** A rejected file: a code for the program, an English message for logs, values for the UI text. */
export interface ArticleImportError {
  code: ArticleImportErrorCode;
  message: string;
  values: Record<string, string | number>;
}

/** Things that went right only partly (the article is still usable). */
export type ArticleParseWarningCode =
  | 'charset-unknown'
  | 'charset-guessed'
  | 'readability-fallback'
  | 'pdf-pages-failed'
  | 'markup-dropped'
  | 'control-characters-removed';

/** A non-fatal note about how a file was read. */
export interface ArticleParseWarning {
  code: ArticleParseWarningCode;
  message: string;
  values: Record<string, string | number>;
}

/** The outcome of reading one file: a draft with warnings, or a typed error. Never thrown. */
export type ArticleParseResult =
  | { ok: true; article: ArticleDraft; warnings: ArticleParseWarning[] }
  | { ok: false; error: ArticleImportError };

/** Builds a typed import error. */
export function importError(
  code: ArticleImportErrorCode,
  message: string,
  values: Record<string, string | number> = {},
): ArticleImportError {
  return { code, message, values };
}

/** Builds a typed parse warning. */
export function parseWarning(
  code: ArticleParseWarningCode,
  message: string,
  values: Record<string, string | number> = {},
): ArticleParseWarning {
  return { code, message, values };
}

/** Thrown inside parsers to stop with a typed error; parseArticleFile turns it into a result. */
export class ArticleImportFailure extends Error {
  /** The typed error this failure carries to the result. */
  readonly error: ArticleImportError;
  constructor(error: ArticleImportError) {
    super(error.message);
    this.name = 'ArticleImportFailure';
    this.error = error;
  }
}
