import { fillLabel, type DossierLabels } from './dossier-labels';
import type { Dossier } from './dossier-types';
import { articleSection } from './pdf-article';
import { coverContent } from './pdf-cover';
import type { NoteParser, PdfContent, PdfDocumentDefinition } from './pdf-types';

const MARGIN_PT = 50;
// Page widths in points (pdfmake's A4 and LETTER).
const PAGE_WIDTH_PT = { A4: 595.28, LETTER: 612 } as const;

const STYLES = {
  coverTitle: { fontSize: 22, bold: true, margin: [0, 0, 0, 6], color: '#14213d' },
  articleTitle: { fontSize: 15, bold: true, margin: [0, 0, 0, 4], color: '#14213d' },
  sectionHeading: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 5], color: '#14213d' },
  meta: { fontSize: 9, color: '#4a4a4a' },
  body: { margin: [0, 0, 0, 6], lineHeight: 1.2 },
  blockHeading: { bold: true, margin: [0, 4, 0, 4] },
  blockQuote: { italics: true, margin: [14, 0, 0, 6] },
  tocTitle: { fontSize: 15, bold: true, margin: [0, 0, 0, 8], color: '#14213d' },
};

/** Texts and helpers the document builder needs besides the dossier. */
export interface PdfBuildContext {
  labels: DossierLabels;
  parseNote: NoteParser;
}

/** The content width of a page in points for the dossier's paper size. */
export function contentWidthPt(dossier: Dossier): number {
  return PAGE_WIDTH_PT[dossier.options.paper] - 2 * MARGIN_PT;
}

/** The article sections, one list per article, in dossier order (callers may build them one at a time). */
export function articleSectionAt(dossier: Dossier, index: number, context: PdfBuildContext): PdfContent[] {
  const item = dossier.articles[index];
  if (!item) throw new RangeError(`No article at position ${index} of the dossier`);
  return articleSection(item, { ...context, isFullText: dossier.options.content === 'full-text', index });
}

/**
 * Assembles the pdfmake document: cover, table of contents (its entries are the articles' headings,
 * which also become the PDF outline/bookmarks), the article sections, a running header, page numbers
 * "Seite n von m" and the document metadata.
 */
export function assemblePdfDocument(
  dossier: Dossier,
  sections: readonly PdfContent[][],
  context: PdfBuildContext,
): PdfDocumentDefinition {
  const { labels } = context;
  return {
    info: {
      title: labels.title,
      author: 'Kursnotiz',
      subject: labels.subject,
      creator: 'Kursnotiz',
      creationDate: new Date(dossier.createdAtMs),
    },
    pageSize: dossier.options.paper,
    pageMargins: [MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT],
    header: (currentPage) =>
      currentPage === 1
        ? null
        : { text: labels.title, fontSize: 8, color: '#6b6b6b', margin: [MARGIN_PT, 22, MARGIN_PT, 0] },
    footer: (currentPage, pageCount) => ({
      text: fillLabel(labels.page, { page: currentPage, pages: pageCount }),
      alignment: 'center',
      fontSize: 8,
      color: '#6b6b6b',
      margin: [0, 18, 0, 0],
    }),
    content: [
      ...coverContent(dossier, labels, contentWidthPt(dossier)),
      { toc: { title: { text: labels.contents, style: 'tocTitle' } }, pageBreak: 'before' },
      { text: '', pageBreak: 'after' },
      ...sections.flat(),
    ],
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
  };
}

/** Builds the whole document in one go (the renderer builds the sections one by one to stay responsive). */
export function buildPdfDocument(dossier: Dossier, context: PdfBuildContext): PdfDocumentDefinition {
  const sections = dossier.articles.map((_, index) => articleSectionAt(dossier, index, context));
  return assemblePdfDocument(dossier, sections, context);
}
