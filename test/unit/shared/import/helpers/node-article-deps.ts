import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { ArticleParserDeps } from '../../../../../shared/import/article-parser-deps';
import type { PdfjsModule } from '../../../../../shared/import/pdf/pdfjs-types';

/** The Node host's parser deps: jsdom's DOMParser (inert documents), DOMPurify on jsdom, pdf.js legacy build. */
export function makeNodeArticleDeps(window: JSDOM['window'] = new JSDOM('').window): ArticleParserDeps {
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    sanitizer: createDOMPurify(window),
    loadPdfjs: async (): Promise<PdfjsModule> => import('pdfjs-dist/legacy/build/pdf.mjs'),
  };
}
