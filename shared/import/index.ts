// The article import's public surface: hosts and services import from here, not from the parts.
export {
  parseArticleFile,
  articleFormatOf,
  ARTICLE_FILE_EXTENSIONS,
  type ArticleFileInput,
} from './parse-article-file';
export {
  DEFAULT_ARTICLE_PARSE_LIMITS,
  type ArticleParserDeps,
  type ArticleParseLimits,
  type HtmlSanitizer,
} from './article-parser-deps';
export type {
  ArticleDraft,
  ArticleFormat,
  ArticleImportError,
  ArticleImportErrorCode,
  ArticleParseResult,
  ArticleParseWarning,
  ArticleParseWarningCode,
  DateSource,
} from './article-draft';
export { ARTICLE_SANITIZE_CONFIG } from './html/sanitize-config';
export type { DomDocument, DomElement, DomNode } from './html/dom-types';
export type { PdfjsModule } from './pdf/pdfjs-types';
export { contentHashOf } from './content-hash';
