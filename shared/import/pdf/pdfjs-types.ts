// The part of pdf.js the import uses, typed structurally so the host passes its own build
// (Node: pdfjs-dist/legacy/build/pdf.mjs; browser: the bundled build with its worker).

/** Options the import always passes to getDocument: no eval, no system or web fonts, quiet. */
export interface PdfjsSource {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  stopAtErrors: boolean;
  verbosity: number;
  disableAutoFetch: boolean;
  disableStream: boolean;
  enableXfa: boolean;
}

/** One page as the import reads it. */
export interface PdfjsPage {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
  cleanup(): unknown;
}

/** An opened PDF document. */
export interface PdfjsDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
  getMetadata(): Promise<{ info: unknown }>;
  destroy(): Promise<void>;
}

/** What getDocument returns. */
export interface PdfjsLoadingTask {
  readonly promise: Promise<PdfjsDocument>;
  destroy(): Promise<void>;
}

/** The pdf.js module (only getDocument is used). */
export interface PdfjsModule {
  getDocument(source: PdfjsSource): PdfjsLoadingTask;
}

/** A text run of a page, read defensively from pdf.js's TextItem. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Keeps the text items of a page's content (marked-content entries and malformed items are skipped). */
export function toTextRuns(items: readonly unknown[]): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const transform = record.transform;
    if (typeof record.str !== 'string' || !Array.isArray(transform) || transform.length < 6) continue;
    const x = finite(transform[4]);
    const y = finite(transform[5]);
    const scaleX = finite(transform[2]) ?? 0;
    const scaleY = finite(transform[3]) ?? 0;
    if (x === null || y === null) continue;
    const fontSize = Math.hypot(scaleX, scaleY) || (finite(record.height) ?? 0);
    runs.push({
      text: record.str,
      x,
      y,
      width: finite(record.width) ?? 0,
      fontSize: fontSize > 0 ? fontSize : 1,
    });
  }
  return runs;
}
