import { PdfCancelledError, type DossierPdfWriter, type PdfWorkerReply } from './pdf-worker-protocol';

let worker: Worker | null = null;
let nextRequestId = 1;

// A module worker from our own origin: allowed by script-src/worker-src 'self' in both hosts, no eval, no blob.
function pdfWorker(): Worker {
  worker ??= new Worker(new URL('./pdf-worker.ts', import.meta.url), {
    type: 'module',
    name: 'kursnotiz-pdf',
  });
  return worker;
}

function discardWorker(): void {
  worker?.terminate();
  worker = null;
}

/** Starts the PDF worker in the background (when the dialog opens), so it has loaded pdfmake by Export. */
export function preloadPdfMake(): void {
  pdfWorker();
}

/**
 * Writes a dossier's PDF in a Web Worker with pdfmake's browser build (same code in both hosts), passing
 * its progress on; aborting `signal` terminates the worker at once, even in the middle of pdfmake's layout.
 */
export const writePdfInWorker: DossierPdfWriter = (request, { signal, onProgress }) => {
  if (signal.aborted) return Promise.reject(new PdfCancelledError());
  const target = pdfWorker();
  const id = nextRequestId;
  nextRequestId += 1;
  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<PdfWorkerReply>) => {
      const reply = event.data;
      if (reply.id !== id || reply.type === 'ready') return;
      if (reply.type === 'progress') {
        onProgress(reply.progress);
        return;
      }
      finish();
      if (reply.type === 'done') resolve(reply.bytes);
      else reject(new Error(reply.message));
    };
    const onError = (event: ErrorEvent) => {
      finish();
      // A worker that could not load or crashed is replaced by a fresh one on the next export.
      discardWorker();
      reject(new Error(`the PDF worker stopped: ${event.message || 'it could not be loaded'}`));
    };
    const onAbort = () => {
      finish();
      discardWorker();
      reject(new PdfCancelledError());
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    target.postMessage({ id, ...request });
  });
};
