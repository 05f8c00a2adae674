// The article import's public surface: hosts and services import from here, not from the parts.
//
// Wiring a host (the parsers never touch a live page, the network or the file system):
//   browser:  { parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
//               sanitizer: DOMPurify,  // the default export, bound to window
//               loadPdfjs: async () => { const pdfjs = await import('pdfjs-dist');
//                                        pdfjs.GlobalWorkerOptions.workerSrc = workerUrl; return pdfjs; } }
//   Node:     const { window } = new JSDOM('');  // defaults: no scripts, no resource loading
//             { parseHtml: (html) => new window.DOMParser().parseFromString(html, 'text/html'),
//               sanitizer: createDOMPurify(window),
//               loadPdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs') }
// then `await parseArticleFile({ fileName, bytes, lastModifiedMs }, deps)` per file; it never throws.
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
