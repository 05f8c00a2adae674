import type { StoreApi } from 'zustand';
import type { CsvPreviewOk } from '../../../shared/import/csv';
import type { ParsedImportFile } from '../../../shared/import-pipeline/parsed-import-file';
import type { KursnotizDatabase } from '../../db/database';
import { listArticles } from '../../db/article-repository';
import { listLevels } from '../../db/level-repository';
import { listArticleKeys, rememberStored, storeImportedArticle } from '../../db/import-repository';
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
    return { fileName, ...outcome };
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

/**
 * Imports one batch: stores every parsed article (one transaction per file), queues price histories for
 * the preview, reports each file's outcome, and keeps the UI responsive (yields between slices of work).
 * A cancel request stops after the current file; the files not reached are reported as cancelled.
 */
export async function runImport(deps: ImportControllerDeps, source: ImportSource): Promise<FileOutcome[]> {
  const { importStore, appStore, db } = deps;
  importStore.getState().startBatch(source.totalCount);
  const outcomes: FileOutcome[] = [];
  const previews: CsvPreviewOk[] = [];
  const slice = makeTimeSlicer();
  try {
    const library = await listArticleKeys(db);
    const files = source.files[Symbol.asyncIterator]();
    let next = files.next();
    for (;;) {
      const result = await next;
      if (result.done === true) break;
      if (importStore.getState().isCancelRequested) {
        void files.return?.();
        break;
      }
      const parsed = result.value;
      // Parse the next file while this one's transaction is written to disk (IndexedDB works off-thread).
      next = files.next();
      outcomes.push(await storeOne(deps, parsed, library, previews));
      importStore.getState().setProgress({
        doneCount: outcomes.length,
        totalCount: source.totalCount,
        fileName: parsed.fileName,
      });
      await slice();
    }
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
