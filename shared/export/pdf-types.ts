// pdfmake ships no types; these describe the part of its document definition the dossier uses.

/** A pdfmake content node (text, stack, table, columns, image, canvas, toc …). */
export interface PdfNode {
  [property: string]: unknown;
}

/** Anything pdfmake accepts as content: a string, a node, or a list of them. */
export type PdfContent = string | PdfNode | PdfContent[];

/** A pdfmake document definition as the dossier builds it (plain data plus header/footer functions). */
export interface PdfDocumentDefinition {
  info: { title: string; author: string; subject: string; creator: string; creationDate: Date };
  pageSize: string;
  pageMargins: [number, number, number, number];
  header: (currentPage: number) => PdfContent | null;
  footer: (currentPage: number, pageCount: number) => PdfContent;
  content: PdfContent[];
  styles: Record<string, PdfNode>;
  defaultStyle: PdfNode;
}

/** The inline Markdown of a note, as the renderer's parseNote() returns it. */
export type NoteInline =
  | { type: 'text'; text: string }
  | { type: 'em'; children: NoteInline[] }
  | { type: 'strong'; children: NoteInline[] }
  | { type: 'link'; href: string; children: NoteInline[] };

/** A block of a note: a paragraph (lines kept apart) or a bulleted/numbered list. */
export type NoteBlockNode =
  { type: 'paragraph'; lines: NoteInline[][] } | { type: 'list'; ordered: boolean; items: NoteInline[][] };

/** Parses a note's light Markdown (passed in: the renderer's parser, also used by the notes pane). */
export type NoteParser = (note: string) => NoteBlockNode[];
