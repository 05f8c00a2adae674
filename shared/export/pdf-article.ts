import { BLOCK_SEPARATOR } from '../model/article';
import { formatIsoDate } from '../format/locale-format';
import { fillLabel, tagName, type DossierLabels } from './dossier-labels';
import type { DossierArticle, DossierPassage } from './dossier-types';
import { noteContent } from './pdf-note';
import type { NoteParser, PdfContent, PdfNode } from './pdf-types';
import { tagGlyph, tagLook } from './tag-look';
import { fullTextContent } from './pdf-full-text';

/** What an article section needs besides the article: texts, the note parser and its place in the dossier. */
export interface ArticleSectionContext {
  labels: DossierLabels;
  parseNote: NoteParser;
  isFullText: boolean;
  /** 0-based position among the dossier's articles (the first one needs no page break before it). */
  index: number;
}

function tagLine(passage: DossierPassage, labels: DossierLabels): PdfNode {
  const names = passage.tags.length > 0 ? passage.tags.map((tag) => tagName(tag, labels)) : [labels.untagged];
  return {
    columns: [
      tagGlyph(passage.colourTag),
      { text: names.join(' · '), bold: true, color: tagLook(passage.colourTag).inkHex, fontSize: 8.5 },
    ],
    columnGap: 3,
    margin: [0, 0, 0, 2],
  };
}

/** One passage: tag glyph and name, the quote on the tag's colour behind a bar in its ink, the note beneath. */
export function passageContent(
  passage: DossierPassage,
  context: Pick<ArticleSectionContext, 'labels' | 'parseNote'>,
): PdfNode {
  const { labels } = context;
  const look = tagLook(passage.colourTag);
  const quote = `${labels.quoteOpen}${passage.quote}${labels.quoteClose}`;
  const note = passage.note.trim() === '' ? [] : noteContent(context.parseNote(passage.note));
  return {
    stack: [
      {
        table: { widths: ['*'], body: [[{ stack: [tagLine(passage, labels), { text: quote }] }]] },
        layout: {
          fillColor: () => look.backgroundHex,
          vLineWidth: (index: number) => (index === 0 ? 3 : 0),
          vLineColor: () => look.inkHex,
          hLineWidth: () => 0,
          paddingLeft: () => 8,
          paddingRight: () => 6,
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
      ...(note.length > 0 ? [{ stack: note, margin: [11, 3, 0, 0], fontSize: 9.5, color: '#222222' }] : []),
    ],
    margin: [0, 0, 0, 10],
    unbreakable: note.length === 0 && passage.quote.length < 600,
  };
}

function articleHeading(item: DossierArticle, context: ArticleSectionContext): PdfContent[] {
  const { article } = item;
  const { labels } = context;
  const date = article.publishedOn ? formatIsoDate(article.publishedOn, labels.language) : labels.dateUnknown;
  return [
    {
      text: article.title,
      style: 'articleTitle',
      tocItem: true,
      outline: true,
      outlineText: article.title,
      pageBreak: context.index === 0 ? undefined : 'before',
    },
    {
      text: [
        { text: `${labels.source}: `, bold: true },
        article.source,
        { text: `   ${labels.published}: `, bold: true },
        date,
      ],
      style: 'meta',
    },
    {
      text: fillLabel(labels.passages, { count: item.passages.length + item.orphans.length }),
      style: 'meta',
      margin: [0, 0, 0, 10],
    },
  ];
}

function orphanContent(item: DossierArticle, context: ArticleSectionContext): PdfContent[] {
  if (item.orphans.length === 0) return [];
  return [
    { text: context.labels.orphansHeading, style: 'sectionHeading' },
    { text: context.labels.orphansHint, style: 'meta', margin: [0, 0, 0, 6] },
    ...item.orphans.map((passage) => passageContent(passage, context)),
  ];
}

/** The pdfmake content of one article: heading (in the contents and the PDF outline), passages, orphans. */
export function articleSection(item: DossierArticle, context: ArticleSectionContext): PdfContent[] {
  const body: PdfContent[] = context.isFullText
    ? [
        { text: context.labels.fullText, style: 'sectionHeading' },
        ...fullTextContent(item, context.labels, BLOCK_SEPARATOR),
        { text: context.labels.note, style: 'sectionHeading' },
        ...item.passages.map((passage) => passageContent(passage, context)),
      ]
    : item.passages.map((passage) => passageContent(passage, context));
  return [...articleHeading(item, context), ...body, ...orphanContent(item, context)];
}
