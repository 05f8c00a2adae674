import { Readability } from '@mozilla/readability';
import type { TextBlock } from '../../model/article';
import { ArticleImportFailure, importError, parseWarning, type ArticleParseWarning } from '../article-draft';
import type { ArticleParserDeps } from '../article-parser-deps';
import type { Deadline } from '../deadline';
import { hasBinarySignature, looksLikeBinaryText } from '../encoding/binary-sniff';
import { finishDraft, type DraftFileFacts, type FoundMetadata } from '../finish-draft';
import { parseDateValue } from '../meta/parse-date';
import type { ParsedArticle } from '../parsed-article';
import { domToBlocks } from './dom-to-blocks';
import type { DomDocument } from './dom-types';
import { decodeHtmlBytes } from './html-charset';
import { readHtmlMetadata } from './html-metadata';
import { removePageChrome } from './page-chrome';
import { countStartTags, stripInertBlocks } from './strip-inert-blocks';
import { isDeeperThan, sourceNestingDepth } from './nesting-depth';
import { ARTICLE_SANITIZE_CONFIG } from './sanitize-config';

// Readability gives up (throws) past this many elements and we read the whole body instead: its scoring
// costs about 2 ms per element under jsdom (3,500 paragraphs: 8 s); a news page without scripts and media has fewer.
const MAX_ELEMENTS_TO_PARSE = 2500;
// HTML parsing and Readability both slow down quadratically with nesting depth (8,000 nested divs take
// jsdom 40 s; 2,000 take Readability 50 s). Real pages nest a few dozen levels; Chromium caps at 512.
const MAX_SOURCE_NESTING = 1000;
const MAX_READABILITY_DEPTH = 150;
// A large news page has a few thousand elements; beyond this, parsing alone would outlast the time budget.
const MAX_START_TAGS = 20_000;

type ReadabilityArticle = ReturnType<Readability['parse']>;

// Readability's typings name the DOM's Document, which shared/ does not see; it needs only what DomDocument has.
const ReadabilityOnDom = Readability as unknown as new (
  document: DomDocument,
  options: { charThreshold: number; maxElemsToParse: number },
) => { parse(): ReadabilityArticle };

function runReadability(document: DomDocument): ReadabilityArticle {
  try {
    // Readability only reads and rearranges this detached document; it fetches and runs nothing.
    return new ReadabilityOnDom(document, {
      charThreshold: 250,
      maxElemsToParse: MAX_ELEMENTS_TO_PARSE,
    }).parse();
  } catch {
    return null;
  }
}

function readabilityBlocks(article: ReadabilityArticle, deps: ArticleParserDeps): TextBlock[] {
  const content = article?.content;
  if (typeof content !== 'string' || content.trim() === '') return [];
  const sanitized = deps.sanitizer.sanitize(content, ARTICLE_SANITIZE_CONFIG);
  const clean = deps.parseHtml(`<!DOCTYPE html><html><head></head><body>${sanitized}</body></html>`);
  return clean.body === null ? [] : domToBlocks(clean.body);
}

function mergeReadabilityMetadata(found: FoundMetadata, article: ReadabilityArticle): FoundMetadata {
  const publishedOn = article?.publishedTime ? parseDateValue(article.publishedTime) : null;
  return {
    title: found.title ?? article?.title ?? null,
    source: found.source ?? article?.siteName ?? null,
    language: found.language ?? article?.lang ?? null,
    date:
      found.date ??
      (publishedOn === null ? null : { isoDate: publishedOn, source: 'html-meta', detail: 'page metadata' }),
  };
}

/** Reads a saved web page: declared charset, Readability's main article, sanitised, reduced to text blocks. */
export function parseHtmlArticle(
  bytes: Uint8Array,
  facts: DraftFileFacts,
  deps: ArticleParserDeps,
  deadline: Deadline,
): ParsedArticle {
  const { fileName } = facts;
  if (deps.sanitizer.isSupported === false) {
    throw new ArticleImportFailure(
      importError('internal', 'The HTML sanitiser has no working DOM in this host.', { fileName }),
    );
  }
  const decoded = decodeHtmlBytes(bytes);
  if (hasBinarySignature(bytes) || looksLikeBinaryText(decoded.html)) {
    throw new ArticleImportFailure(
      importError('binary-data', `${fileName} contains binary data, not a web page.`, { fileName }),
    );
  }
  if (decoded.html.trim() === '')
    throw new ArticleImportFailure(importError('empty', `${fileName} holds no text.`, { fileName }));
  const warnings: ArticleParseWarning[] = [];
  if (decoded.unknownLabel !== null) {
    warnings.push(
      parseWarning(
        'charset-unknown',
        `Unknown charset "${decoded.unknownLabel}"; read as ${decoded.charset}.`,
        {
          declared: decoded.unknownLabel,
          used: decoded.charset,
        },
      ),
    );
  } else if (decoded.decidedBy === 'fallback') {
    warnings.push(
      parseWarning('charset-guessed', 'No charset declared; read as Windows-1252.', {
        used: decoded.charset,
      }),
    );
  }

  const html = stripInertBlocks(decoded.html);
  const startTags = countStartTags(html);
  if (startTags > MAX_START_TAGS) {
    throw new ArticleImportFailure(
      importError('too-complex', `${fileName} has too many elements to be read in time.`, {
        fileName,
        elements: startTags,
        limit: MAX_START_TAGS,
      }),
    );
  }
  if (sourceNestingDepth(html) > MAX_SOURCE_NESTING) {
    throw new ArticleImportFailure(
      importError('too-complex', `${fileName} nests its elements too deeply to be read safely.`, {
        fileName,
        limit: MAX_SOURCE_NESTING,
      }),
    );
  }
  const document = deps.parseHtml(html);
  const found = readHtmlMetadata(document);
  removePageChrome(document);
  deadline.check();
  const isTooBig =
    document.body === null ||
    isDeeperThan(document.body, MAX_READABILITY_DEPTH) ||
    document.getElementsByTagName('*').length > MAX_ELEMENTS_TO_PARSE;
  // Readability rearranges the document it reads, so the fallback below needs a fresh parse.
  const article = isTooBig ? null : runReadability(document);
  deadline.check();
  let blocks = readabilityBlocks(article, deps);
  if (blocks.length === 0) {
    // No main article found (short page, odd or huge layout): read the whole body as text instead.
    const whole = isTooBig ? document : deps.parseHtml(html);
    removePageChrome(whole);
    const navigation = whole.querySelectorAll('header, footer, aside, nav, [role="navigation"]');
    for (const chrome of Array.from(navigation)) chrome.remove();
    blocks = whole.body === null ? [] : domToBlocks(whole.body);
    warnings.push(
      parseWarning('readability-fallback', 'No main article found; the whole page text was used.', {}),
    );
  }
  deadline.check();
  return { article: finishDraft(facts, blocks, mergeReadabilityMetadata(found, article)), warnings };
}
