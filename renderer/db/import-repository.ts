import type { ArticleDraft } from '../../shared/import/article-draft';
import { articleText, type Article } from '../../shared/model/article';
import type { KursnotizDatabase } from './database';
import { fromLevelRecord, toLevelRecord } from './level-repository';
import { reanchorOnNewText } from './reanchor';

/** The fields that identify a stored article for duplicate and update checks (kept in memory per batch). */
export type ArticleKey = Pick<Article, 'id' | 'title' | 'source' | 'fileName' | 'origin' | 'contentHash'>;

/** The keys of every stored article, read once per batch so each file need not scan the whole table. */
export async function listArticleKeys(db: KursnotizDatabase): Promise<ArticleKey[]> {
  const keys: ArticleKey[] = [];
  await db.articles.each(({ id, title, source, fileName, origin, contentHash }) => {
    keys.push({ id, title, source, fileName, origin, contentHash });
  });
  return keys;
}

/** What storing one imported article did. */
export type StoredArticleOutcome =
  | { status: 'imported'; articleId: string }
  | { status: 'duplicate'; articleId: string }
  | { status: 'updated'; articleId: string; reanchoredCount: number; orphanCount: number };

/** The library id of an imported article: 'art:' and the first 16 hex digits of its content hash. */
export function importedArticleId(contentHash: string): string {
  return `art:${contentHash.slice(0, 16)}`;
}

function normalized(text: string): string {
  return text.trim().toLocaleLowerCase('de');
}

// Keys are never mutated (rememberStored replaces them), so their normalised texts can be cached: a batch
// of 1,000 files otherwise lower-cases the whole library once per file.
const normalizedKeys = new WeakMap<object, { fileName: string; title: string; source: string }>();

function normalizedKey(key: Pick<ArticleKey, 'fileName' | 'title' | 'source'>) {
  let cached = normalizedKeys.get(key);
  if (!cached) {
    cached = {
      fileName: normalized(key.fileName),
      title: normalized(key.title),
      source: normalized(key.source),
    };
    normalizedKeys.set(key, cached);
  }
  return cached;
}

/**
 * The rule for "an updated version of a stored article": a stored article with a different content hash
 * that was imported from a file of the same name, or (any origin) has the same title from the same source.
 */
export function isEarlierVersion(stored: ArticleKey, draft: ArticleDraft): boolean {
  if (stored.contentHash === draft.contentHash) return false;
  const storedText = normalizedKey(stored);
  const draftText = normalizedKey(draft);
  if (stored.origin === 'import' && storedText.fileName === draftText.fileName) return true;
  return storedText.title === draftText.title && storedText.source === draftText.source;
}

function toArticle(draft: ArticleDraft, id: string, addedAtMs: number): Article {
  return {
    id,
    title: draft.title,
    source: draft.source,
    publisherKind: 'other',
    publishedOn: draft.publishedOn,
    dateConfidence: draft.dateConfidence,
    dateReason: draft.dateReason,
    language: draft.language,
    blocks: draft.blocks,
    contentHash: draft.contentHash,
    origin: 'import',
    fileName: draft.fileName,
    addedAtMs,
  };
}

/**
 * Stores one imported article in ONE transaction: a known content hash is a duplicate (nothing written);
 * an earlier version (see isEarlierVersion) gets the new text under its old id, with its annotations and
 * levels re-anchored (orphans counted); anything else is added. A thrown error leaves the database as it was.
 * `library` holds the stored articles' keys; the caller updates it with the outcome (see rememberStored).
 */
export async function storeImportedArticle(
  db: KursnotizDatabase,
  draft: ArticleDraft,
  nowMs: number,
  library: ArticleKey[],
): Promise<StoredArticleOutcome> {
  return db.transaction('rw', db.articles, db.annotations, db.levels, async () => {
    const same = await db.articles.where('contentHash').equals(draft.contentHash).first();
    if (same) return { status: 'duplicate', articleId: same.id };
    return storeNewOrUpdated(db, draft, nowMs, library);
  });
}

/**
 * Stores several imported articles in ONE transaction (one commit instead of one per file), in order, with
 * the same rules as storeImportedArticle; later drafts see the earlier ones. All or nothing: on a thrown
 * error nothing of the batch is stored and `library` is unchanged (the caller may retry file by file).
 * On success `library` already holds the stored keys (no rememberStored needed).
 */
export async function storeImportedArticles(
  db: KursnotizDatabase,
  drafts: readonly ArticleDraft[],
  nowMs: number,
  library: ArticleKey[],
): Promise<StoredArticleOutcome[]> {
  const working = [...library];
  const outcomes = await db.transaction('rw', db.articles, db.annotations, db.levels, async () => {
    // One index query for the whole batch instead of one per file.
    const hashes = [...new Set(drafts.map((draft) => draft.contentHash))];
    const stored = await db.articles.where('contentHash').anyOf(hashes).toArray();
    const idByHash = new Map<string, string>();
    for (const article of stored.sort((a, b) => (a.id < b.id ? -1 : 1)))
      if (!idByHash.has(article.contentHash)) idByHash.set(article.contentHash, article.id);
    const results: StoredArticleOutcome[] = [];
    for (const draft of drafts) {
      const knownId = idByHash.get(draft.contentHash);
      const outcome: StoredArticleOutcome = knownId
        ? { status: 'duplicate', articleId: knownId }
        : await storeNewOrUpdated(db, draft, nowMs, working);
      idByHash.set(draft.contentHash, outcome.articleId);
      rememberStored(working, draft, outcome);
      results.push(outcome);
    }
    return results;
  });
  library.splice(0, library.length, ...working);
  return outcomes;
}

// The part of a store after the duplicate check; runs inside the caller's transaction.
async function storeNewOrUpdated(
  db: KursnotizDatabase,
  draft: ArticleDraft,
  nowMs: number,
  library: readonly ArticleKey[],
): Promise<StoredArticleOutcome> {
  const candidate = library.find((key) => isEarlierVersion(key, draft));
  const earlier = candidate ? await db.articles.get(candidate.id) : undefined;
  // The key list may be stale (another tab); the stored record itself must still qualify.
  if (!earlier || !isEarlierVersion(earlier, draft)) {
    const article = toArticle(draft, importedArticleId(draft.contentHash), nowMs);
    await db.articles.add(article);
    return { status: 'imported', articleId: article.id };
  }
  const article = {
    ...toArticle(draft, earlier.id, earlier.addedAtMs),
    publisherKind: earlier.publisherKind,
  };
  const annotations = await db.annotations.where('articleId').equals(earlier.id).toArray();
  const levels = (await db.levels.where('articleId').equals(earlier.id).toArray()).map(fromLevelRecord);
  const moved = reanchorOnNewText(
    articleText(earlier.blocks),
    articleText(article.blocks),
    annotations,
    levels,
    nowMs,
  );
  await db.articles.put(article);
  await db.annotations.bulkPut(moved.annotations);
  await db.levels.bulkPut(moved.levels.map(toLevelRecord));
  return {
    status: 'updated',
    articleId: earlier.id,
    reanchoredCount: moved.annotations.length,
    orphanCount: moved.orphanAnnotationIds.length,
  };
}

/** Updates the batch's in-memory keys after a store, so later files of the batch see this one. */
export function rememberStored(
  library: ArticleKey[],
  draft: ArticleDraft,
  outcome: StoredArticleOutcome,
): void {
  if (outcome.status === 'duplicate') return;
  const key: ArticleKey = {
    id: outcome.articleId,
    title: draft.title,
    source: draft.source,
    fileName: draft.fileName,
    origin: 'import',
    contentHash: draft.contentHash,
  };
  const index = library.findIndex((entry) => entry.id === outcome.articleId);
  if (index >= 0) library[index] = key;
  else library.push(key);
}
