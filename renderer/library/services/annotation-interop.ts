import {
  exportW3cAnnotations,
  importW3cAnnotations,
  type W3cImportResult,
} from '../../../shared/annotations';
import type { Annotation } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import type { KursnotizDatabase } from '../../db/database';

/** Which annotations an export holds: all or the current article's, optionally one tag only. */
export interface AnnotationExportScope {
  scope: 'all' | 'article';
  /** The article the reader shows (used when scope is 'article'). */
  articleId: string | null;
  /** Only annotations carrying this tag, or null for every tag. */
  tag: string | null;
}

/** The JSON-LD text of an export and how many annotations it holds. */
export interface AnnotationExportFile {
  json: string;
  count: number;
}

/** Whether `annotation` belongs in an export of `scope`. */
export function matchesExportScope(annotation: Annotation, scope: AnnotationExportScope): boolean {
  return (
    (scope.scope === 'all' || annotation.articleId === scope.articleId) &&
    (scope.tag === null || annotation.tags.includes(scope.tag))
  );
}

/** Builds the W3C Web Annotation JSON-LD export of the annotations `scope` selects. */
export function buildAnnotationExport(
  annotations: readonly Annotation[],
  articles: readonly Article[],
  scope: AnnotationExportScope,
  generatedAtMs: number,
): AnnotationExportFile {
  const result = exportW3cAnnotations(annotations, articles, {
    generatedAtMs,
    filter: (annotation) => matchesExportScope(annotation, scope),
  });
  return { json: result.json, count: result.collection.total };
}

/**
 * Imports a W3C Web Annotation file into the library: matches articles by content hash, re-anchors each
 * passage and stores the placed and orphaned annotations. Reading the library, deciding and writing all
 * happen in ONE read-write transaction, so a concurrent change cannot slip between the duplicate check and
 * the write, and a failed write stores nothing.
 */
export function importAnnotationFile(
  db: KursnotizDatabase,
  json: string,
  nowMs: number,
): Promise<W3cImportResult> {
  return db.transaction('rw', db.articles, db.annotations, async () => {
    const [articles, ids] = await Promise.all([
      db.articles.toArray(),
      db.annotations.toCollection().primaryKeys(),
    ]);
    const result = importW3cAnnotations(json, { articles, existingAnnotationIds: new Set(ids) }, { nowMs });
    if (!result.ok) return result;
    const { imported, orphaned } = result.report;
    await db.annotations.bulkAdd([...imported, ...orphaned.map((item) => item.annotation)]);
    return result;
  });
}
