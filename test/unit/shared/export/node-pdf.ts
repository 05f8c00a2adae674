import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import type { PdfDocumentDefinition } from '../../../../shared/export';

const require = createRequire(import.meta.url);

interface PdfMakeNode {
  setFonts(fonts: unknown): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  createPdf(definition: PdfDocumentDefinition): { getBuffer(): Promise<Buffer> };
}

const fontsModule = require.resolve('pdfmake/fonts/Roboto.js');
const fontDir = `${dirname(fontsModule)}${sep}`;

/** Renders a document definition to PDF bytes with pdfmake's Node build (fonts from its own folder only). */
export async function renderPdfInNode(definition: PdfDocumentDefinition): Promise<Buffer> {
  const pdfmake = require('pdfmake') as PdfMakeNode;
  pdfmake.setFonts(require(fontsModule));
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  pdfmake.setUrlAccessPolicy(() => false);
  return pdfmake.createPdf(definition).getBuffer();
}

/** pdftotext's output (layout off), whitespace runs collapsed to single spaces. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

/** pdfinfo's fields as a map (Title, Pages, Author, …). */
export function pdfInfo(path: string): Map<string, string> {
  const output = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  return new Map(
    output.split('\n').flatMap((line) => {
      const at = line.indexOf(':');
      return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()] as [string, string]] : [];
    }),
  );
}

/** The titles of the PDF's outline (bookmark) items, read from the file's literal /Title strings. */
export function outlineTitles(bytes: Buffer): string[] {
  const latin = bytes.toString('latin1');
  if (!latin.includes('/Outlines')) return [];
  const titles: string[] = [];
  for (const match of latin.matchAll(/\/Title \(((?:\\.|[^\\)])*)\)/gu)) {
    const raw = Buffer.from((match[1] ?? '').replace(/\\(.)/gu, '$1'), 'latin1');
    // pdfkit writes non-ASCII titles as UTF-16BE with a byte-order mark.
    const isUtf16 = raw[0] === 0xfe && raw[1] === 0xff;
    titles.push(isUtf16 ? Buffer.from(raw.subarray(2)).swap16().toString('utf16le') : raw.toString('latin1'));
  }
  return titles;
}
