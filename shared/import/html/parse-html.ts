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
import { ARTICLE_SANITIZE_CONFIG } from './sanitize-config';

// Readability gives up (throws) past this many elements instead of scoring them all.
const MAX_ELEMENTS_TO_PARSE = 60_000;

type ReadabilityArticle = ReturnType<Readability['parse']>;

// Readability's typings name the DOM's Document, which shared/ does not see; it needs only what DomDocument has.
const ReadabilityOnDom = Readability as unknown as new (
  document: DomDocument,
  options: { charThreshold: number; maxElemsToParse: number },
) => { parse(): ReadabilityArticle };

// Page furniture Readability sometimes keeps inside the article: ad slots, consent banners, newsletter boxes.
const PAGE_CHROME =
  '.ad, .ads, .advert, .advertisement, .anzeige, .werbung, [class*="ad-label"], [id^="werbung"], [class*="cookie"], ' +
  '[id*="cookie"], [class*="consent"], [id*="consent"], [class*="newsletter"], [class*="paywall"], [aria-hidden="true"]';

function removePageChrome(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll(PAGE_CHROME))) element.remove();
}

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

  const document = deps.parseHtml(decoded.html);
  const found = readHtmlMetadata(document);
  removePageChrome(document);
  deadline.check();
  const article = runReadability(document);
  deadline.check();
  let blocks = readabilityBlocks(article, deps);
  if (blocks.length === 0) {
    // Readability found no main article (short page, odd layout): read the whole body as text instead.
    const whole = deps.parseHtml(decoded.html);
    removePageChrome(whole);
    for (const chrome of Array.from(
      whole.querySelectorAll('header, footer, aside, nav, form, [role="navigation"]'),
    ))
      chrome.remove();
    blocks = whole.body === null ? [] : domToBlocks(whole.body);
    warnings.push(
      parseWarning('readability-fallback', 'No main article found; the whole page text was used.', {}),
    );
  }
  deadline.check();
  return { article: finishDraft(facts, blocks, mergeReadabilityMetadata(found, article)), warnings };
}
