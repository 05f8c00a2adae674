// The PDF worker: builds the pdfmake document and lets pdfmake lay it out and encode it here, so the UI
// thread never blocks and Cancel can terminate the worker mid-way. pdfmake's browser build needs no DOM
// for createPdf(…).getBuffer(); its fonts come from the bundled virtual file system.
import pdfmakeModule from 'pdfmake/build/pdfmake';
import fontsModule from 'pdfmake/build/vfs_fonts';
import type { PdfDocumentDefinition } from '../../shared/export';
import { dossierPdfDefinition } from './pdf-definition';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdf-worker-protocol';

interface BrowserPdfMake {
  addVirtualFileSystem(vfs: Record<string, string>): void;
  createPdf(definition: PdfDocumentDefinition): { getBuffer(): Promise<Uint8Array> };
}

const pdfmake = pdfmakeModule as BrowserPdfMake;
pdfmake.addVirtualFileSystem(fontsModule as Record<string, string>);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfWorkerRequest>) => void) | null;
  postMessage(message: PdfWorkerReply, transfer?: Transferable[]): void;
};

async function write({ id, dossier, labels }: PdfWorkerRequest): Promise<void> {
  const definition = dossierPdfDefinition(dossier, labels, (progress) =>
    scope.postMessage({ id, type: 'progress', progress }),
  );
  const bytes = new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
  scope.postMessage({ id, type: 'done', bytes }, [bytes.buffer]);
}

scope.onmessage = (event) => {
  const { id } = event.data;
  write(event.data).catch((error: unknown) => {
    scope.postMessage({
      id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  });
};

scope.postMessage({ id: 0, type: 'ready' });
