import { DEFAULT_ARTICLE_CONTENT_LIMITS, type ArticleContentLimits } from './article-limits';
import type { DomDocument } from './html/dom-types';
import type { ARTICLE_SANITIZE_CONFIG } from './html/sanitize-config';
import type { PdfjsModule } from './pdf/pdfjs-types';

/** A DOMPurify instance (or anything with its sanitize signature) bound to a real DOM. */
export interface HtmlSanitizer {
  sanitize(dirty: string, config: typeof ARTICLE_SANITIZE_CONFIG): string;
  /** DOMPurify sets this false when its window cannot sanitise (e.g. linkedom): then we refuse to run. */
  readonly isSupported?: boolean;
}

/** The host-specific pieces the article parsers need; both the browser and Node pass their own. */
export interface ArticleParserDeps {
  /**
   * Parses HTML into an inert document without a browsing context: browser `new DOMParser()
   * .parseFromString(html, 'text/html')`, Node `new JSDOM('').window.DOMParser`. Never a live page.
   */
  parseHtml: (html: string) => DomDocument;
  /** DOMPurify bound to the same kind of DOM (defence in depth; the parser keeps only text anyway). */
  sanitizer: HtmlSanitizer;
  /** Loads pdf.js (Node: 'pdfjs-dist/legacy/build/pdf.mjs'; browser: the app's build with its worker set). */
  loadPdfjs: () => Promise<PdfjsModule>;
}

/** Limits for one file; the defaults suit the utility process and the web host alike. */
export interface ArticleParseLimits extends ArticleContentLimits {
  maxBytes: number;
  /** Wall-clock budget for one file; async work (PDF) is abandoned after it, sync work checks between steps. */
  timeBudgetMs: number;
}

/** 20 MB and 15 s per file, and the default content limits per article. */
export const DEFAULT_ARTICLE_PARSE_LIMITS: ArticleParseLimits = {
  ...DEFAULT_ARTICLE_CONTENT_LIMITS,
  maxBytes: 20 * 1024 * 1024,
  timeBudgetMs: 15_000,
};
