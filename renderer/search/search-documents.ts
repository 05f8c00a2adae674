import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { notePlainText } from './note-plain-text';

/** What a search hit is: a block of article text, a highlight's quote, or its note. */
export type SearchKind = 'text' | 'quote' | 'note';

/** One searchable passage; a result leads back to it through articleId and blockIndex or annotationId. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  articleId: string;
  /** The block's index in article.blocks (text documents only). */
  blockIndex: number | null;
  annotationId: string | null;
  text: string;
}

/** The documents of an article's text: one per non-empty block, so a hit knows its block. */
export function articleDocuments(article: Article): SearchDocument[] {
  return article.blocks.flatMap((block, blockIndex) =>
    block.text.trim() === ''
      ? []
      : [
          {
            id: `text:${article.id}:${blockIndex}`,
            kind: 'text' as const,
            articleId: article.id,
            blockIndex,
            annotationId: null,
            text: block.text,
          },
        ],
  );
}

/** The documents of an annotation: its quote, and its note (as plain text) when it has one. */
export function annotationDocuments(annotation: Annotation): SearchDocument[] {
  const base = { articleId: annotation.articleId, blockIndex: null, annotationId: annotation.id };
  const documents: SearchDocument[] = [
    { ...base, id: `quote:${annotation.id}`, kind: 'quote', text: annotation.quote.exact },
  ];
  const note = notePlainText(annotation.note);
  if (note.trim() !== '') documents.push({ ...base, id: `note:${annotation.id}`, kind: 'note', text: note });
  return documents;
}
