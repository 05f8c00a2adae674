/** Kinds of text block the reader renders; imports map their formats onto these. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

/** One block of an article's body: its text is NFC-normalised and holds no paragraph breaks. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
}

/** Who published an article, as far as the text tells. */
export type PublisherKind = 'news' | 'analysis' | 'market-letter' | 'blog' | 'press-release' | 'other';

/** How sure the publication date is: printed in the file, inferred from the text, or only approximate. */
export type DateConfidence = 'stated' | 'inferred' | 'approximate' | 'unknown';

/** Where an article came from. */
export type ArticleOrigin = 'seed' | 'import';

/** An article in the library; `blocks` joined by BLOCK_SEPARATOR is the text all offsets count in. */
export interface Article {
  /** Stable id: 'seed:<file stem>' for seeds, 'art:<content hash prefix>' for imports. */
  id: string;
  title: string;
  /** Publisher or site name where known, else the file name. */
  source: string;
  publisherKind: PublisherKind;
  /** ISO calendar date (YYYY-MM-DD) or null when nothing in the text tells. */
  publishedOn: string | null;
  dateConfidence: DateConfidence;
  /** A short human reason for the date (shown in the reader's header tooltip). */
  dateReason: string;
  /** BCP 47 language tag, e.g. 'de'. */
  language: string;
  blocks: TextBlock[];
  /** SHA-256 (hex) of articleText(blocks): recognises the same article imported twice. */
  contentHash: string;
  origin: ArticleOrigin;
  /** The file the text was read from (seed file name or the imported file's name). */
  fileName: string;
  addedAtMs: number;
}

/** Separator between blocks in the article's full text (positions count across it). */
export const BLOCK_SEPARATOR = '\n\n';

/** The article's full normalised text: the string every TextPosition offset counts in. */
export function articleText(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}
