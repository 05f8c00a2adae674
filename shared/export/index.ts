// Public entry of the export module: the dossier model and its PDF (pdfmake) and Markdown forms.
export { buildDossier, type DossierResult } from './build-dossier';
export { dossierToMarkdown } from './dossier-markdown';
export { fillLabel, tagName, type DossierLabels } from './dossier-labels';
export {
  articleSectionAt,
  assemblePdfDocument,
  buildPdfDocument,
  type PdfBuildContext,
} from './pdf-document';
export { isoDayOf } from './pdf-cover';
export * from './dossier-types';
export type * from './pdf-types';
