import createDOMPurify from 'dompurify';
import type { ArticleParserDeps } from '../../../shared/import/article-parser-deps';
import type { PdfjsModule } from '../../../shared/import/pdf/pdfjs-types';
import { neutralizeMarkup } from './neutralize-markup';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

let pdfjs: Promise<PdfjsModule> | null = null;

// pdf.js is large: loaded on the first PDF only. Its worker is our own bundled file, so the CSP's
// script-src 'self' (which workers fall back to) allows it; no eval, no fonts are fetched for text.
async function loadBrowserPdfjs(): Promise<PdfjsModule> {
  const module = await import('pdfjs-dist');
  module.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  return module;
}

/**
 * The web host's parser deps: DOMParser makes inert documents (no scripts run, nothing is fetched),
 * DOMPurify uses the real DOM, pdf.js runs in its bundled worker.
 */
export function makeBrowserParserDeps(): ArticleParserDeps {
  const parser = new DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(neutralizeMarkup(html), 'text/html'),
    sanitizer: createDOMPurify(window),
    loadPdfjs: () => (pdfjs ??= loadBrowserPdfjs()),
  };
}
