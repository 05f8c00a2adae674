import {
  articleSectionAt,
  assemblePdfDocument,
  type Dossier,
  type DossierLabels,
  type PdfContent,
  type PdfDocumentDefinition,
} from '../../shared/export';
import { parseNote } from '../annotations/markdown/parse-note';
import type { ExportProgress } from './export-store';

/**
 * The pdfmake document of a dossier, article by article with a progress report after each (run in the
 * PDF worker, where a long build blocks nothing the user sees).
 */
export function dossierPdfDefinition(
  dossier: Dossier,
  labels: DossierLabels,
  onProgress: (progress: ExportProgress) => void,
): PdfDocumentDefinition {
  const context = { labels, parseNote };
  const sections: PdfContent[][] = [];
  const totalCount = dossier.articles.length;
  for (let index = 0; index < totalCount; index += 1) {
    sections.push(articleSectionAt(dossier, index, context));
    onProgress({ doneCount: index + 1, totalCount, isWriting: false });
  }
  onProgress({ doneCount: totalCount, totalCount, isWriting: true });
  return assemblePdfDocument(dossier, sections, context);
}
