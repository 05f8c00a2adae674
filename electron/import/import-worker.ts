// Entry of the import utility process (bundled to out/main/import-worker.cjs). It is the only place in
// the Electron app where untrusted file content is parsed: main reads bytes, this process turns them
// into plain data with the same shared parsers the web host uses, and main validates every answer.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { ArticleParserDeps } from '../../shared/import/article-parser-deps';
import type { PdfjsModule } from '../../shared/import/pdf/pdfjs-types';
import { parseImportFile } from '../../shared/import-pipeline/parse-import-file';
import { rejectFile } from '../../shared/import-pipeline/parsed-import-file';
import { parseRequestSchema, toParseResponse, type ParseResponse } from './worker-protocol';

/** The utility process's port to main (Electron's process.parentPort). */
export interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: ParseResponse): void;
}

/** Node parser deps: jsdom without scripts or resource loading, DOMPurify on it, pdf.js's legacy build. */
export function makeWorkerParserDeps(): ArticleParserDeps {
  // runScripts stays undefined (no script runs) and resources is not 'usable' (nothing is fetched).
  const { window } = new JSDOM('');
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    sanitizer: createDOMPurify(window),
    loadPdfjs: async (): Promise<PdfjsModule> => await import('pdfjs-dist/legacy/build/pdf.mjs'),
  };
}

/** Answers parse requests on `port` one by one; a malformed request is ignored, never parsed. */
export function serveImportWorker(port: ParentPort, deps: ArticleParserDeps = makeWorkerParserDeps()): void {
  let queue: Promise<void> = Promise.resolve();
  port.on('message', ({ data }) => {
    const request = parseRequestSchema.safeParse(data);
    if (!request.success) return;
    const { requestId, file } = request.data;
    queue = queue.then(async () => {
      const parsed = await parseImportFile(file, deps).catch((error: unknown) =>
        rejectFile(file.fileName, 'worker-failed', error instanceof Error ? error.message : String(error)),
      );
      port.postMessage(toParseResponse(requestId, parsed));
    });
  });
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (parentPort) serveImportWorker(parentPort);
