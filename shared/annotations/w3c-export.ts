import type { Annotation } from '../model/annotation';
import type { Article } from '../model/article';
import { pinToW3c } from './w3c-pin';
import {
  ANNO_CONTEXT,
  type W3cAnnotation,
  type W3cAnnotationCollection,
  type W3cArticleInfo,
  type W3cTextualBody,
} from './w3c-types';
import { annotationUri, articleUri } from './w3c-uris';

/** What to export and when. */
export interface W3cExportOptions {
  /** Stamped as the collection's `generated` time and used in its id. */
  generatedAtMs: number;
  /** Keeps only matching annotations (e.g. the notes pane's current tag filter); default all. */
  filter?: (annotation: Annotation, article: Article) => boolean;
  /** The collection's label (default "Kursnotiz-Anmerkungen"). */
  label?: string;
}

/** The export: the JSON-LD document, its text, and annotations left out because their article is gone. */
export interface W3cExportResult {
  collection: W3cAnnotationCollection;
  json: string;
  skippedAnnotationIds: string[];
}

function articleInfo(article: Article): W3cArticleInfo {
  return {
    'kursnotiz:title': article.title,
    'kursnotiz:publisher': article.source,
    ...(article.publishedOn === null ? {} : { 'kursnotiz:publishedOn': article.publishedOn }),
    'kursnotiz:language': article.language,
  };
}

function bodiesOf(annotation: Annotation, article: Article): W3cTextualBody[] {
  const tags = annotation.tags.map((tag): W3cTextualBody => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: tag,
  }));
  if (annotation.note === '') return tags;
  const note: W3cTextualBody = {
    type: 'TextualBody',
    purpose: 'commenting',
    value: annotation.note,
    format: 'text/markdown',
    language: article.language,
  };
  return [...tags, note];
}

/** One annotation as a W3C Web Annotation. */
export function annotationToW3c(annotation: Annotation, article: Article): W3cAnnotation {
  const bodies = bodiesOf(annotation, article);
  return {
    '@context': ANNO_CONTEXT,
    id: annotationUri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note === '' ? 'highlighting' : 'commenting',
    created: new Date(annotation.createdAtMs).toISOString(),
    modified: new Date(annotation.modifiedAtMs).toISOString(),
    ...(bodies.length === 0 ? {} : { body: bodies }),
    target: {
      source: articleUri(article.contentHash),
      selector: [
        { ...annotation.quote, type: 'TextQuoteSelector' },
        { type: 'TextPositionSelector', start: annotation.position.start, end: annotation.position.end },
      ],
      'kursnotiz:article': articleInfo(article),
    },
    ...(annotation.pin === null ? {} : { 'kursnotiz:pin': pinToW3c(annotation.pin) }),
  };
}

/**
 * Exports annotations (all, or those `filter` keeps) as a W3C AnnotationCollection with every item on
 * its first page, sorted by article and position so the file diffs well between exports.
 */
export function exportW3cAnnotations(
  annotations: readonly Annotation[],
  articles: readonly Article[],
  options: W3cExportOptions,
): W3cExportResult {
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const skippedAnnotationIds: string[] = [];
  const items: W3cAnnotation[] = [];
  const sorted = [...annotations].sort(
    (a, b) =>
      a.articleId.localeCompare(b.articleId) ||
      a.position.start - b.position.start ||
      a.id.localeCompare(b.id),
  );
  for (const annotation of sorted) {
    const article = articleById.get(annotation.articleId);
    if (!article) {
      skippedAnnotationIds.push(annotation.id);
      continue;
    }
    if (options.filter && !options.filter(annotation, article)) continue;
    items.push(annotationToW3c(annotation, article));
  }
  const collectionId = `urn:kursnotiz:export:${options.generatedAtMs}`;
  const collection: W3cAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: options.label ?? 'Kursnotiz-Anmerkungen',
    total: items.length,
    generated: new Date(options.generatedAtMs).toISOString(),
    first: {
      '@context': ANNO_CONTEXT,
      id: `${collectionId}:page:1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  return { collection, json: JSON.stringify(collection, null, 2), skippedAnnotationIds };
}
