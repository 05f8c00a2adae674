import type { Dossier, DossierLabels } from '../../shared/export';
import type { ExportProgress } from './export-store';

/** A request to the PDF worker: the dossier and its labels (plain data; the chart is a data URL). */
export interface PdfWorkerRequest {
  id: number;
  dossier: Dossier;
  labels: DossierLabels;
}

/** The PDF worker's messages about request `id`; id 0 'ready' says pdfmake and its fonts are loaded. */
export type PdfWorkerReply =
  | { id: number; type: 'ready' }
  | { id: number; type: 'progress'; progress: ExportProgress }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'failed'; message: string };

/** Writes a dossier's PDF, reporting progress; rejects with PdfCancelledError once `signal` aborts. */
export type DossierPdfWriter = (
  request: Omit<PdfWorkerRequest, 'id'>,
  hooks: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
) => Promise<Uint8Array>;

/** Thrown when an export's PDF writing was cancelled: no bytes exist. */
export class PdfCancelledError extends Error {
  constructor() {
    super('The PDF export was cancelled.');
    this.name = 'PdfCancelledError';
  }
}
