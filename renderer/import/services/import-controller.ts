import type { StoreApi } from 'zustand';
import type { CsvPreviewOk } from '../../../shared/import/csv';
import type { ParsedImportFile } from '../../../shared/import-pipeline/parsed-import-file';
import type { KursnotizDatabase } from '../../db/database';
import { listArticles } from '../../db/article-repository';
import { listLevels } from '../../db/level-repository';
import {
  listArticleKeys,
  rememberStored,
  storeImportedArticle,
  storeImportedArticles,
} from '../../db/import-repository';
import type { AppState } from '../../store/app-store';
import type { FileOutcome, ImportState } from '../import-store';
import { makeTimeSlicer } from './yield-to-event-loop';

/** What a batch needs; passed in so tests run it against fake-indexeddb and the real stores. */
export interface ImportControllerDeps {
  db: KursnotizDatabase;
  appStore: StoreApi<AppState>;
  importStore: StoreApi<ImportState>;
  nowMs?: () => number;
  /** Called after a batch updated articles whose annotations were re-anchored in the database. */
  onAnnotationsReanchored?: () => Promise<void>;
}

/** A batch to import: how many files, and their parse results as they become ready. */
export interface ImportSource {
  totalCount: number;
  files: AsyncIterable<ParsedImportFile>;
  /** Names of all files in order, so files a cancel never reached are still reported (optional). */
  fileNames?: readonly string[];
}

function describeStoreError(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`.slice(0, 300)
    : String(error).slice(0, 300);
}

async function storeOne(
  deps: ImportControllerDeps,
  parsed: ParsedImportFile,
  library: Awaited<ReturnType<typeof listArticleKeys>>,
  previews: CsvPreviewOk[],
): Promise<FileOutcome> {
  const { fileName } = parsed;
  if (parsed.kind === 'rejected') return { fileName, status: 'rejected', rejection: parsed.rejection };
  if (parsed.kind === 'price-csv') {
    previews.push(parsed.preview);
    return { fileName, status: 'series-pending', barsKept: parsed.preview.stats.barsKept };
  }
  try {
    const outcome = await storeImportedArticle(deps.db, parsed.article, (deps.nowMs ?? Date.now)(), library);
    rememberStored(library, parsed.article, outcome);
    return { fileName, ...outcome, warnings: parsed.warnings };
  } catch (error) {
    // The transaction rolled back: nothing of this file is stored, the batch goes on.
    return {
      fileName,
      status: 'rejected',
      rejection: {
        stage: 'file',
        code: 'store-failed',
        message: `${fileName} could not be saved.`,
        values: { fileName, detail: describeStoreError(error) },
      },
    };
  }
}

// A write batch is flushed after this many files or this long after its first file, whichever comes first:
// each flush is one strict-durability commit, and the report's numbers advance once per flush.
const MAX_FILES_PER_WRITE = 50;
const MAX_WRITE_DELAY_MS = 100;

type ArticleFile = Extract<ParsedImportFile, { kind: 'article' }>;

/**
 * Stores the queued files in order: all parsed articles in ONE transaction. If that transaction fails
 * (it rolled back, nothing of it is stored), each article is retried in its own transaction, so one file
 * that cannot be written is reported alone and the others are still stored.
 */
async function storeQueued(
  deps: ImportControllerDeps,
  queued: readonly ParsedImportFile[],
  library: Awaited<ReturnType<typeof listArticleKeys>>,
  previews: CsvPreviewOk[],
): Promise<FileOutcome[]> {
  const articles = queued.filter((parsed): parsed is ArticleFile => parsed.kind === 'article');
  let stored: Map<ArticleFile, FileOutcome> | null = null;
  if (articles.length > 1) {
    try {
      const drafts = articles.map((parsed) => parsed.article);
      const results = await storeImportedArticles(deps.db, drafts, (deps.nowMs ?? Date.now)(), library);
      stored = new Map(
        articles.map((parsed, index) => [
          parsed,
          { fileName: parsed.fileName, ...results[index]!, warnings: parsed.warnings },
        ]),
      );
    } catch {
      stored = null;
    }
  }
  const outcomes: FileOutcome[] = [];
  for (const parsed of queued) {
    const outcome = parsed.kind === 'article' ? stored?.get(parsed) : undefined;
    outcomes.push(outcome ?? (await storeOne(deps, parsed, library, previews)));
  }
  return outcomes;
}

/**
 * Imports one batch: stores the parsed articles (one transaction per write batch of up to
 * MAX_FILES_PER_WRITE files), queues price histories for the preview, reports each file's outcome, and
 * keeps the UI responsive (yields between slices of work). A cancel request stops before the next file;
 * files already parsed are still stored, the files not reached are reported as cancelled.
 */
export async function runImport(deps: ImportControllerDeps, source: ImportSource): Promise<FileOutcome[]> {
  const { importStore, appStore, db } = deps;
  importStore.getState().startBatch(source.totalCount);
  const outcomes: FileOutcome[] = [];
  const previews: CsvPreviewOk[] = [];
  const slice = makeTimeSlicer();
  try {
    const library = await listArticleKeys(db);
    let queued: ParsedImportFile[] = [];
    let queuedSinceMs = 0;
    const flush = async () => {
      if (queued.length === 0) return;
      const batch = queued;
      queued = [];
      outcomes.push(...(await storeQueued(deps, batch, library, previews)));
      importStore.getState().setProgress({
        doneCount: outcomes.length,
        totalCount: source.totalCount,
        fileName: batch[batch.length - 1]!.fileName,
      });
    };
    const files = source.files[Symbol.asyncIterator]();
    let next = files.next();
    for (;;) {
      const result = await next;
      if (result.done === true) break;
      if (importStore.getState().isCancelRequested) {
        void files.return?.();
        break;
      }
      if (queued.length === 0) queuedSinceMs = performance.now();
      queued.push(result.value);
      const isWriteDue =
        queued.length >= MAX_FILES_PER_WRITE || performance.now() - queuedSinceMs >= MAX_WRITE_DELAY_MS;
      // Parse the next file while the batch's transaction is written to disk (IndexedDB works off-thread).
      next = files.next();
      if (isWriteDue) await flush();
      await slice();
    }
    await flush();
    for (const fileName of source.fileNames?.slice(outcomes.length) ?? []) {
      outcomes.push({
        fileName,
        status: 'rejected',
        rejection: { stage: 'file', code: 'cancelled', message: 'Import cancelled.', values: { fileName } },
      });
    }
    const changed = outcomes.filter((line) => line.status === 'imported' || line.status === 'updated');
    if (changed.length > 0) {
      const [articles, levels] = await Promise.all([listArticles(db), listLevels(db)]);
      appStore.getState().setArticles(articles);
      appStore.getState().setLevels(levels);
      const first = changed[0];
      if (first && 'articleId' in first) appStore.getState().selectArticle(first.articleId);
    }
    if (changed.some((line) => line.status === 'updated')) await deps.onAnnotationsReanchored?.();
  } finally {
    importStore.getState().finishBatch(outcomes, previews);
  }
  return outcomes;
}
