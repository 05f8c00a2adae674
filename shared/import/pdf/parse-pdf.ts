import type { TextBlock } from '../../model/article';
import { ArticleImportFailure, importError, parseWarning, type ArticleParseWarning } from '../article-draft';
import { checkSourceLength } from '../article-limits';
import type { ArticleParserDeps } from '../article-parser-deps';
import type { Deadline } from '../deadline';
import { finishDraft, type DraftFileFacts, type FoundMetadata } from '../finish-draft';
import type { ParsedArticle } from '../parsed-article';
import { linesToBlocks, joinAcrossPages } from './pdf-blocks';
import { groupIntoLines } from './pdf-lines';
import { readPdfMetadata } from './pdf-metadata';
import { toTextRuns, type PdfjsDocument } from './pdfjs-types';

// More pages than any article; a 5,000-page PDF is a book or an attack on the time budget.
const MAX_PAGES = 500;

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function failureFor(error: unknown, fileName: string): ArticleImportFailure {
  if (error instanceof ArticleImportFailure) return error;
  if (errorName(error) === 'PasswordException') {
    return new ArticleImportFailure(
      importError('encrypted-pdf', `${fileName} is password-protected.`, { fileName }),
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ArticleImportFailure(
    importError('corrupt-pdf', `${fileName} is not a readable PDF (${detail.slice(0, 200)}).`, {
      fileName,
      detail: detail.slice(0, 200),
    }),
  );
}

async function readPages(
  document: PdfjsDocument,
  facts: DraftFileFacts,
  deadline: Deadline,
  warnings: ArticleParseWarning[],
): Promise<TextBlock[]> {
  const pages: TextBlock[][] = [];
  let failedPages = 0;
  let characters = 0;
  const pageCount = Math.min(document.numPages, MAX_PAGES);
  for (let pageNumber = 1; pageNumber <= pageCount; pageNumber += 1) {
    deadline.check();
    try {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const blocks = linesToBlocks(groupIntoLines(toTextRuns(content.items)));
      pages.push(blocks);
      page.cleanup();
      for (const block of blocks) characters += block.text.length;
    } catch {
      failedPages += 1;
    }
    // Stop reading pages once the text cannot fit; finishDraft checks the exact figures at the end.
    checkSourceLength(facts.fileName, characters, facts.limits);
  }
  if (failedPages > 0) {
    warnings.push(
      parseWarning('pdf-pages-failed', `${failedPages} page(s) could not be read.`, {
        failedPages,
        pageCount,
      }),
    );
  }
  return joinAcrossPages(pages);
}

/** Reads a PDF's text with pdf.js: lines by baseline, paragraphs by spacing, headings by size, hyphenation joined. */
export async function parsePdfArticle(
  bytes: Uint8Array,
  facts: DraftFileFacts,
  deps: ArticleParserDeps,
  deadline: Deadline,
): Promise<ParsedArticle> {
  const { fileName } = facts;
  const header = String.fromCharCode(...bytes.subarray(0, 1024));
  if (!header.includes('%PDF-')) {
    throw new ArticleImportFailure(
      importError('corrupt-pdf', `${fileName} is not a PDF (no %PDF header).`, {
        fileName,
        detail: 'no %PDF header',
      }),
    );
  }
  const pdfjs = await deps.loadPdfjs();
  // pdf.js may transfer (detach) the buffer it gets: hand it a copy so the caller's bytes stay intact.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
  });
  let document: PdfjsDocument | null = null;
  try {
    document = await task.promise;
    const warnings: ArticleParseWarning[] = [];
    let found: FoundMetadata = {};
    try {
      found = readPdfMetadata((await document.getMetadata()).info);
    } catch {
      // Broken metadata does not make the text unreadable.
    }
    const blocks = await readPages(document, facts, deadline, warnings);
    if (blocks.length === 0) {
      throw new ArticleImportFailure(
        importError('no-article-text', `${fileName} has no text layer (a scan or images only).`, {
          fileName,
        }),
      );
    }
    return { article: finishDraft(facts, blocks, found), warnings };
  } catch (error) {
    throw failureFor(error, fileName);
  } finally {
    await (document?.destroy() ?? task.destroy()).catch(() => undefined);
  }
}
