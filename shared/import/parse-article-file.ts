import {
  ArticleImportFailure,
  importError,
  type ArticleFormat,
  type ArticleImportError,
  type ArticleParseResult,
} from './article-draft';
import {
  DEFAULT_ARTICLE_PARSE_LIMITS,
  type ArticleParseLimits,
  type ArticleParserDeps,
} from './article-parser-deps';
import { startDeadline, type Deadline } from './deadline';
import { parseHtmlArticle } from './html/parse-html';
import { startTimer } from './host-globals';
import { parseMarkdownArticle } from './markdown/parse-markdown';
import { extensionOf } from './meta/file-name';
import type { ParsedArticle } from './parsed-article';
import { parsePdfArticle } from './pdf/parse-pdf';
import { parseTxtArticle } from './txt/parse-txt';

/** One file handed to the article import. */
export interface ArticleFileInput {
  fileName: string;
  bytes: Uint8Array;
  /** The file's modification time, used as an approximate date when the file states none. */
  lastModifiedMs?: number;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
};

/** File extensions (without dot) the article import accepts, for open dialogs and pickers. */
export const ARTICLE_FILE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The article format a file name maps to, or null when the import does not read it. */
export function articleFormatOf(fileName: string): ArticleFormat | null {
  return FORMAT_BY_EXTENSION[extensionOf(fileName)] ?? null;
}

function asError(error: unknown, fileName: string): ArticleImportError {
  if (error instanceof ArticleImportFailure) return error.error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return importError('internal', `Reading ${fileName} failed unexpectedly.`, {
    fileName,
    detail: detail.slice(0, 300),
  });
}

function parseByFormat(
  format: ArticleFormat,
  input: ArticleFileInput,
  deps: ArticleParserDeps,
  limits: ArticleParseLimits,
  deadline: Deadline,
): Promise<ParsedArticle> | ParsedArticle {
  const facts = { fileName: input.fileName, format, lastModifiedMs: input.lastModifiedMs, limits };
  if (format === 'txt') return parseTxtArticle(input.bytes, facts);
  if (format === 'md') return parseMarkdownArticle(input.bytes, facts);
  if (format === 'html') return parseHtmlArticle(input.bytes, facts, deps, deadline);
  return parsePdfArticle(input.bytes, facts, deps, deadline);
}

/**
 * Reads one article file (.txt, .md, .html/.htm, .pdf) into an ArticleDraft. Never throws: every
 * failure is a typed error. The host passes its DOM parser, DOMPurify and pdf.js in `deps`.
 */
export async function parseArticleFile(
  input: ArticleFileInput,
  deps: ArticleParserDeps,
  limits: ArticleParseLimits = DEFAULT_ARTICLE_PARSE_LIMITS,
): Promise<ArticleParseResult> {
  const { fileName, bytes } = input;
  const format = articleFormatOf(fileName);
  if (format === null) {
    const extension = extensionOf(fileName);
    return {
      ok: false,
      error: importError(
        'unsupported-type',
        `${fileName}: .${extension || '?'} files cannot be imported as articles.`,
        {
          fileName,
          extension,
        },
      ),
    };
  }
  if (bytes.length === 0)
    return { ok: false, error: importError('empty', `${fileName} is empty.`, { fileName }) };
  if (bytes.length > limits.maxBytes) {
    return {
      ok: false,
      error: importError('too-large', `${fileName} is larger than the import limit.`, {
        fileName,
        sizeBytes: bytes.length,
        limitBytes: limits.maxBytes,
      }),
    };
  }
  let cancelTimer = (): void => undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    cancelTimer = startTimer(() => {
      reject(
        new ArticleImportFailure(
          importError('timeout', `${fileName} took longer than ${limits.timeBudgetMs} ms to read.`, {
            fileName,
            budgetMs: limits.timeBudgetMs,
          }),
        ),
      );
    }, limits.timeBudgetMs);
  });
  const deadline = startDeadline(fileName, limits.timeBudgetMs);
  try {
    const parsed = await Promise.race([
      Promise.resolve().then(() => parseByFormat(format, input, deps, limits, deadline)),
      timeout,
    ]);
    // The timer cannot interrupt synchronous parsing (txt, Markdown): a result that came too late is refused.
    deadline.check();
    return { ok: true, article: parsed.article, warnings: parsed.warnings };
  } catch (error) {
    return { ok: false, error: asError(error, fileName) };
  } finally {
    cancelTimer();
  }
}
