import { buildDossier, dossierToMarkdown, type Dossier, type DossierSource } from '../../shared/export';
import type { SaveFileRequest } from '../../shared/ipc-contract';
import { PRIMARY_LISTING } from '../../shared/model/level';
import type { KursnotizDatabase } from '../db/database';
import { checksOf } from '../figures/checks-runner';
import { translate } from '../i18n/translate';
import type { Platform } from '../platform/platform';
import type { AppState } from '../store/app-store';
import { chartPngDataUrl } from './chart-snapshot';
import { dossierLabels } from './dossier-labels';
import { writeExportOptions } from './export-settings';
import type { ExportState } from './export-store';
import { writePdfInWorker } from './pdf-bytes';
import { PdfCancelledError, type DossierPdfWriter } from './pdf-worker-protocol';

/** What an export run reads and writes: the app's state, the export UI state, the database and the host. */
export interface ExportDeps {
  app: () => AppState;
  ui: () => ExportState;
  db: KursnotizDatabase | null;
  platform: Pick<Platform, 'saveFile'>;
  nowMs: () => number;
  /** Writes the PDF (default: pdfmake in a Web Worker, so the UI thread never blocks). */
  writePdf?: DossierPdfWriter;
}

// How often a running PDF write looks for the user's Cancel: well under a delay a person notices.
const CANCEL_POLL_MS = 50;

/** The local calendar day for file names ("2026-11-21"): the day the user sees on their clock. */
function localDay(timeMs: number): string {
  const date = new Date(timeMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function sourceOf(deps: ExportDeps): Promise<DossierSource> {
  const app = deps.app();
  const { options } = deps.ui();
  // The checks the Checks view shows, computed off the UI thread: on a large library they take seconds.
  const checks = await checksOf({ articles: app.articles, levels: app.levels, quoteSeries: app.quoteSeries });
  return {
    articles: app.articles,
    annotations: app.annotations,
    levels: app.levels,
    quoteSeries: app.quoteSeries.find((series) => series.listing === PRIMARY_LISTING) ?? null,
    checks,
    currentArticleId: app.selectedArticleId,
    options,
    chartPngDataUrl:
      options.includeChart && options.format === 'pdf' ? await chartPngDataUrl(options.labelLanguage) : null,
    createdAtMs: deps.nowMs(),
  };
}

/** The outcome of an export run, for the dialog and tests. */
export type ExportOutcome =
  | { status: 'saved'; path: string; byteCount: number }
  | { status: 'not-saved' | 'cancelled' | 'refused' | 'failed' };

async function save(deps: ExportDeps, request: SaveFileRequest): Promise<ExportOutcome> {
  const { language, showStatus } = deps.app();
  const result = await deps.platform.saveFile(request);
  if (!result.ok) {
    deps.ui().showMessage(translate(language, 'export.error.failed', { reason: result.error.message }));
    return { status: 'failed' };
  }
  if (!result.value.saved) return { status: 'not-saved' };
  deps.ui().close();
  showStatus(translate(language, 'export.done', { path: result.value.path }));
  return { status: 'saved', path: result.value.path, byteCount: request.bytes.length };
}

async function buildPdf(deps: ExportDeps, dossier: Dossier): Promise<Uint8Array | null> {
  const labels = dossierLabels(dossier.options.labelLanguage);
  // A Cancel terminates the writer at once, whether it is building articles or inside pdfmake.
  const cancel = new AbortController();
  const watch = setInterval(() => {
    if (deps.ui().isCancelRequested) cancel.abort();
  }, CANCEL_POLL_MS);
  try {
    const bytes = await (deps.writePdf ?? writePdfInWorker)(
      { dossier, labels },
      { signal: cancel.signal, onProgress: (progress) => deps.ui().setProgress(progress) },
    );
    // Cancel after the last message from the writer still wins: nothing is written.
    return deps.ui().isCancelRequested ? null : bytes;
  } catch (error) {
    if (error instanceof PdfCancelledError) return null;
    throw error;
  } finally {
    clearInterval(watch);
  }
}

/**
 * Runs an export with the dialog's choices: remembers them, builds the dossier (a clear message instead
 * of an empty file when nothing matches), builds the PDF article by article with progress and cancel
 * (or the Markdown), and saves through the platform (save dialog in Electron, download in the web host).
 */
export async function runExport(deps: ExportDeps): Promise<ExportOutcome> {
  const { options } = deps.ui();
  const language = deps.app().language;
  if (deps.db) {
    await writeExportOptions(deps.db, options).catch((error: unknown) => {
      console.warn('Kursnotiz: the export choices could not be saved:', error);
    });
  }
  const result = buildDossier(await sourceOf(deps));
  if (!result.ok) {
    deps.ui().showMessage(translate(language, `export.error.${result.error.code}`));
    return { status: 'refused' };
  }
  const day = localDay(result.dossier.createdAtMs);
  try {
    if (options.format === 'markdown') {
      const text = dossierToMarkdown(result.dossier, dossierLabels(options.labelLanguage));
      const bytes = new TextEncoder().encode(text);
      const filter = { name: 'Markdown', extensions: ['md'] };
      return await save(deps, { suggestedName: `Kursnotiz-Notizen-${day}.md`, bytes, filter });
    }
    deps.ui().setProgress({ doneCount: 0, totalCount: result.dossier.articles.length, isWriting: false });
    const bytes = await buildPdf(deps, result.dossier);
    deps.ui().setProgress(null);
    if (bytes === null) {
      deps.app().showStatus(translate(language, 'export.cancelled'));
      return { status: 'cancelled' };
    }
    const filter = { name: 'PDF', extensions: ['pdf'] };
    return await save(deps, { suggestedName: `Kursnotiz-Dossier-${day}.pdf`, bytes, filter });
  } catch (error) {
    deps.ui().setProgress(null);
    const reason = error instanceof Error ? error.message : String(error);
    deps.ui().showMessage(translate(language, 'export.error.failed', { reason }));
    return { status: 'failed' };
  }
}
