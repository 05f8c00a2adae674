import { create } from 'zustand';
import type { ArticleParseWarning } from '../../shared/import/article-draft';
import type { CsvPreviewOk } from '../../shared/import/csv';
import type { ImportRejection } from '../../shared/import-pipeline/parsed-import-file';

/** What happened to one file of a batch, as the report lists it. */
export type FileOutcome =
  | {
      fileName: string;
      status: 'imported' | 'duplicate';
      articleId: string;
      warnings?: ArticleParseWarning[];
    }
  | {
      fileName: string;
      status: 'updated';
      articleId: string;
      reanchoredCount: number;
      orphanCount: number;
      warnings?: ArticleParseWarning[];
    }
  | { fileName: string; status: 'series-pending' | 'series-skipped'; barsKept: number }
  | { fileName: string; status: 'series-imported'; barsKept: number; listing: string }
  | { fileName: string; status: 'rejected'; rejection: ImportRejection };

/** Progress of the running batch. */
export interface ImportProgressState {
  doneCount: number;
  totalCount: number;
  fileName: string;
}

/**
 * The import feature's transient UI state: progress of the running batch, the CSV previews waiting for
 * the user's confirmation and the report of the last batch. Nothing here is persisted.
 */
export interface ImportState {
  progress: ImportProgressState | null;
  isCancelRequested: boolean;
  pendingPreviews: CsvPreviewOk[];
  report: FileOutcome[] | null;
  isDragging: boolean;
  startBatch: (totalCount: number) => void;
  setProgress: (progress: ImportProgressState) => void;
  requestCancel: () => void;
  finishBatch: (outcomes: FileOutcome[], previews: CsvPreviewOk[]) => void;
  resolvePreview: (fileName: string, outcome: FileOutcome) => void;
  closeReport: () => void;
  setDragging: (isDragging: boolean) => void;
}

/** Initial import state (tests reset to it). */
export const initialImportState = {
  progress: null,
  isCancelRequested: false,
  pendingPreviews: [],
  report: null,
  isDragging: false,
} satisfies Partial<ImportState>;

/** The import feature's store. */
export const useImportStore = create<ImportState>()((set) => ({
  ...initialImportState,
  startBatch: (totalCount) =>
    set({ progress: { doneCount: 0, totalCount, fileName: '' }, isCancelRequested: false, report: null }),
  setProgress: (progress) => set({ progress }),
  requestCancel: () => set({ isCancelRequested: true }),
  finishBatch: (outcomes, previews) => set({ progress: null, report: outcomes, pendingPreviews: previews }),
  // The preview leaves the queue and its report line gets the user's decision.
  resolvePreview: (fileName, outcome) =>
    set((state) => ({
      pendingPreviews: state.pendingPreviews.filter((preview) => preview.fileName !== fileName),
      report: (state.report ?? []).map((line) =>
        line.fileName === fileName && line.status === 'series-pending' ? outcome : line,
      ),
    })),
  closeReport: () => set({ report: null }),
  setDragging: (isDragging) => set({ isDragging }),
}));
