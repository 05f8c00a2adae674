import { articleText } from '../model/article';
import { contentHashOf } from '../seeds/seed-library';
import type { BackupLibrary } from './backup-schema';

/** A reason a library is internally inconsistent (restoring it would break the app or the database). */
export interface ConsistencyProblem {
  /** Where, e.g. "annotations[3].articleId". */
  path: string;
  detail: string;
}

function firstDuplicate(values: readonly string[]): number {
  const seen = new Set<string>();
  return values.findIndex((value) => {
    if (seen.has(value)) return true;
    seen.add(value);
    return false;
  });
}

/**
 * The first cross-record problem of a schema-valid library, or null: duplicate keys (the database's
 * unique indexes would abort the restore half-way), content hashes that do not match the text (damage),
 * and references to articles or annotations that are not in the backup.
 */
export function findConsistencyProblem(library: BackupLibrary): ConsistencyProblem | null {
  const uniqueKeys: [table: string, key: string, values: string[]][] = [
    ['articles', 'id', library.articles.map((article) => article.id)],
    ['articles', 'contentHash', library.articles.map((article) => article.contentHash)],
    ['annotations', 'id', library.annotations.map((annotation) => annotation.id)],
    ['levels', 'id', library.levels.map((level) => level.id)],
    ['quoteSeries', 'listing', library.quoteSeries.map((series) => series.listing)],
    ['settings', 'key', library.settings.map((setting) => setting.key)],
  ];
  for (const [table, key, values] of uniqueKeys) {
    const index = firstDuplicate(values);
    if (index >= 0) return { path: `${table}[${index}].${key}`, detail: `duplicate ${key} ${values[index]}` };
  }
  for (const [index, article] of library.articles.entries()) {
    if (contentHashOf(articleText(article.blocks)) !== article.contentHash) {
      return {
        path: `articles[${index}].contentHash`,
        detail: `the text of "${article.title}" does not match its hash`,
      };
    }
  }
  const articleIds = new Set(library.articles.map((article) => article.id));
  const annotationIds = new Set(library.annotations.map((annotation) => annotation.id));
  for (const [index, annotation] of library.annotations.entries()) {
    if (!articleIds.has(annotation.articleId)) {
      return { path: `annotations[${index}].articleId`, detail: `unknown article ${annotation.articleId}` };
    }
  }
  for (const [index, level] of library.levels.entries()) {
    if (!articleIds.has(level.source.articleId)) {
      return {
        path: `levels[${index}].source.articleId`,
        detail: `unknown article ${level.source.articleId}`,
      };
    }
    if (level.annotationId !== undefined && !annotationIds.has(level.annotationId)) {
      return { path: `levels[${index}].annotationId`, detail: `unknown annotation ${level.annotationId}` };
    }
  }
  return null;
}
