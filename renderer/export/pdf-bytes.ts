import type { PdfDocumentDefinition } from '../../shared/export';

interface BrowserPdfMake {
  addVirtualFileSystem(vfs: Record<string, string>): void;
  createPdf(definition: PdfDocumentDefinition): { getBuffer(): Promise<Uint8Array> };
}

let loading: Promise<BrowserPdfMake> | null = null;

// pdfmake's browser build with its Roboto fonts is large: loaded on the first export, not at start-up.
function loadPdfMake(): Promise<BrowserPdfMake> {
  loading ??= Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')]).then(
    ([pdfmakeModule, fontsModule]) => {
      const pdfmake = (pdfmakeModule.default ?? pdfmakeModule) as BrowserPdfMake;
      const vfs = (fontsModule.default ?? fontsModule) as Record<string, string>;
      pdfmake.addVirtualFileSystem(vfs);
      return pdfmake;
    },
  );
  return loading;
}

/** Starts loading pdfmake in the background (when the dialog opens), so Export does not wait for it. */
export function preloadPdfMake(): void {
  loadPdfMake().catch((error: unknown) => {
    // Retried by the export itself, which reports the failure to the user.
    loading = null;
    console.warn('Kursnotiz: pdfmake could not be preloaded:', error);
  });
}

/** Turns a pdfmake document definition into PDF bytes with pdfmake's browser build (same code in both hosts). */
export async function renderPdfBytes(definition: PdfDocumentDefinition): Promise<Uint8Array> {
  const pdfmake = await loadPdfMake();
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer);
}
