import type { Annotation } from '../../shared/model/annotation';
import { annotationSchema } from '../../shared/annotations/annotation-schema';
import type { KursnotizDatabase } from './database';

/** Stored annotations that failed validation on read (kept in the database, listed for diagnostics). */
export interface DamagedAnnotation {
  id: string;
  problem: string;
}

/** What listAnnotations() read: the valid annotations, and records it could not trust. */
export interface StoredAnnotations {
  annotations: Annotation[];
  damaged: DamagedAnnotation[];
}

/**
 * Every stored annotation, oldest first. A record damaged on disk (or written by a future version) is
 * reported, not thrown, and never deleted: one bad record must not hide the user's other notes.
 */
export async function listAnnotations(db: KursnotizDatabase): Promise<StoredAnnotations> {
  const records: unknown[] = await db.annotations.orderBy('createdAtMs').toArray();
  const annotations: Annotation[] = [];
  const damaged: DamagedAnnotation[] = [];
  for (const record of records) {
    const parsed = annotationSchema.safeParse(record);
    if (parsed.success) annotations.push(parsed.data);
    else {
      const id = typeof record === 'object' && record && 'id' in record ? String(record.id) : '?';
      damaged.push({ id, problem: parsed.error.issues[0]?.message ?? 'invalid record' });
    }
  }
  return { annotations, damaged };
}

/** The annotations of one article (by the articleId index). */
export function listAnnotationsForArticle(db: KursnotizDatabase, articleId: string): Promise<Annotation[]> {
  return db.annotations.where('articleId').equals(articleId).toArray();
}

/** The annotations carrying `tag` (by the multi-entry tags index). */
export function listAnnotationsWithTag(db: KursnotizDatabase, tag: string): Promise<Annotation[]> {
  return db.annotations.where('tags').equals(tag).toArray();
}

/**
 * Writes one annotation change: `put` replaces or inserts, `deleteId` removes. Runs in one transaction; the
 * database is opened with chromeTransactionDurability 'strict' (see database.ts), so the commit reaches the
 * disk before this resolves — a note the user just wrote survives a power cut.
 */
export async function writeAnnotationChange(
  db: KursnotizDatabase,
  change: { put?: Annotation | null; deleteId?: string | null },
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    if (change.deleteId) await db.annotations.delete(change.deleteId);
    if (change.put) await db.annotations.put(change.put);
  });
}
