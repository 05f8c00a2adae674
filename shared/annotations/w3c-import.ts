import { anchor, prepareText, type PreparedText } from '../anchoring/anchor';
import { describeRange } from '../anchoring/describe-range';
import type { OrphanReason } from '../anchoring/types';
import type { Annotation } from '../model/annotation';
import { articleText, type Article } from '../model/article';
import { codePointLength } from '../text/code-points';
import { readJsonFile, type JsonFileError } from './read-json-file';
import { normalizeTags } from './tags';
import { readIncomingAnnotation, type IncomingAnnotation, type InvalidItemCode } from './w3c-read-item';
import { annotationIdFromUri, contentHashFromUri } from './w3c-uris';

/** The library the file is imported into. */
export interface W3cImportLibrary {
  articles: readonly Article[];
  /** Ids already stored: such annotations are reported, not imported twice. */
  existingAnnotationIds?: ReadonlySet<string>;
}

/** Import settings; limits guard against hostile files. */
export interface W3cImportOptions {
  /** Time stamped on annotations whose file gives no created/modified time. */
  nowMs: number;
  /** Longest accepted file text in UTF-16 units (default 32 MiB worth). */
  maxChars?: number;
  /** Most annotations accepted from one file (default 20,000). */
  maxAnnotations?: number;
}

/** What an import did, item by item; the UI stores `imported` and `orphaned` in one transaction. */
export interface W3cImportReport {
  /** Items found in the file. */
  total: number;
  /** Placed in their article (selectors refreshed to the article's current text). */
  imported: Annotation[];
  /** Matched to an article but not placeable: stored too, listed apart with their quote. */
  orphaned: { annotation: Annotation; reason: OrphanReason }[];
  /** Their article is not in the library (by content hash). */
  unknownArticle: {
    index: number;
    annotationId: string;
    articleUri: string;
    articleTitle: string | null;
    quote: string;
  }[];
  /** Already in the library under the same id. */
  alreadyPresent: { index: number; annotationId: string }[];
  /** Refused items: a code for the UI and a detail naming the field. */
  invalid: { index: number; code: InvalidItemCode; detail: string }[];
}

/** Why a whole file was refused (nothing imported); `values` fill the UI's localised message. */
export type W3cImportError =
  | JsonFileError
  | { code: 'not-an-annotation-file'; values: { detail: string } }
  | { code: 'too-many-annotations'; values: { count: number; limit: number } };

/** The outcome of importing a file. */
export type W3cImportResult = { ok: true; report: W3cImportReport } | { ok: false; error: W3cImportError };

const DEFAULT_MAX_CHARS = 32 * 1024 * 1024;
const DEFAULT_MAX_ANNOTATIONS = 20_000;

const hasType = (value: unknown, name: string): boolean => {
  const type = (value as { type?: unknown } | null)?.type;
  return type === name || (Array.isArray(type) && type.includes(name));
};

/** The annotation items of a parsed document: a collection's first page, a page, an array or one annotation. */
function itemsOf(document: unknown): unknown[] | string {
  if (Array.isArray(document)) return document as unknown[];
  if (typeof document !== 'object' || document === null) return 'the file holds no JSON object';
  if (hasType(document, 'AnnotationCollection')) {
    const first = (document as { first?: unknown }).first;
    if (typeof first === 'string')
      return 'the collection refers to pages elsewhere; only embedded pages are read';
    const items = (first as { items?: unknown } | undefined)?.items;
    return Array.isArray(items)
      ? (items as unknown[])
      : 'the collection has no embedded first page with items';
  }
  if (hasType(document, 'AnnotationPage')) {
    const items = (document as { items?: unknown }).items;
    return Array.isArray(items) ? (items as unknown[]) : 'the page has no items';
  }
  if (hasType(document, 'Annotation')) return [document];
  return 'neither an AnnotationCollection, an AnnotationPage nor an Annotation';
}

function place(
  incoming: IncomingAnnotation,
  article: Article,
  prepared: PreparedText,
  nowMs: number,
): { annotation: Annotation; orphan: OrphanReason | null } {
  const createdAtMs = incoming.createdAtMs ?? nowMs;
  const base = {
    id: annotationIdFromUri(incoming.uri),
    articleId: article.id,
    tags: normalizeTags(incoming.tags),
    note: incoming.note,
    pin: incoming.pin,
    createdAtMs,
    modifiedAtMs: incoming.modifiedAtMs ?? createdAtMs,
  };
  const result = anchor(prepared, { quote: incoming.quote, position: incoming.position });
  if (result.status === 'anchored') {
    return {
      annotation: { ...base, ...describeRange(prepared.text, result.start, result.end) },
      orphan: null,
    };
  }
  // An orphan keeps the file's selectors; a missing position becomes a placeholder the quote overrides.
  const annotation: Annotation = {
    ...base,
    quote: { type: 'TextQuoteSelector', ...incoming.quote },
    position: incoming.position
      ? { type: 'TextPositionSelector', ...incoming.position }
      : { type: 'TextPositionSelector', start: 0, end: codePointLength(incoming.quote.exact) },
  };
  return { annotation, orphan: result.reason };
}

/**
 * Imports a W3C Web Annotation file (Kursnotiz's export or another tool's text-quote annotations):
 * matches articles by content hash, re-anchors each passage, and reports every item's fate. Never
 * throws: garbled or hostile input yields an error or per-item `invalid` entries.
 */
export function importW3cAnnotations(
  json: string,
  library: W3cImportLibrary,
  options: W3cImportOptions,
): W3cImportResult {
  const file = readJsonFile(json, options.maxChars ?? DEFAULT_MAX_CHARS);
  if (!file.ok) return file;
  const items = itemsOf(file.value);
  if (typeof items === 'string')
    return { ok: false, error: { code: 'not-an-annotation-file', values: { detail: items } } };
  const limit = options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  if (items.length > limit)
    return { ok: false, error: { code: 'too-many-annotations', values: { count: items.length, limit } } };

  const report: W3cImportReport = {
    total: items.length,
    imported: [],
    orphaned: [],
    unknownArticle: [],
    alreadyPresent: [],
    invalid: [],
  };
  const articleByHash = new Map(library.articles.map((article) => [article.contentHash, article]));
  const preparedByArticle = new Map<string, PreparedText>();
  const seenIds = new Set<string>();
  items.forEach((item, index) => {
    const read = readIncomingAnnotation(item);
    if (!read.ok) return void report.invalid.push({ index, code: read.code, detail: read.detail });
    const incoming = read.value;
    const id = annotationIdFromUri(incoming.uri);
    if (seenIds.has(id))
      return void report.invalid.push({
        index,
        code: 'duplicate-id',
        detail: `id ${incoming.uri} occurs twice in the file`,
      });
    seenIds.add(id);
    if (library.existingAnnotationIds?.has(id))
      return void report.alreadyPresent.push({ index, annotationId: id });
    const hash = contentHashFromUri(incoming.sourceUri);
    const article = hash === null ? undefined : articleByHash.get(hash);
    if (!article) {
      const { sourceUri: articleUri, articleTitle, quote } = incoming;
      return void report.unknownArticle.push({
        index,
        annotationId: id,
        articleUri,
        articleTitle,
        quote: quote.exact,
      });
    }
    let prepared = preparedByArticle.get(article.id);
    if (!prepared) preparedByArticle.set(article.id, (prepared = prepareText(articleText(article.blocks))));
    const { annotation, orphan } = place(incoming, article, prepared, options.nowMs);
    if (orphan === null) report.imported.push(annotation);
    else report.orphaned.push({ annotation, reason: orphan });
  });
  return { ok: true, report };
}
