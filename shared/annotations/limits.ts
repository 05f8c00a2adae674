/** Size limits for annotation data read from files: a hostile file must not exhaust memory or the UI. */
export const ANNOTATION_LIMITS = {
  /** Longest quoted passage, in UTF-16 units (a few pages of text). */
  maxQuoteLength: 20_000,
  /** Longest stored prefix or suffix context. */
  maxContextLength: 1_000,
  /** Most tags on one annotation. */
  maxTags: 32,
  /** Longest tag. */
  maxTagLength: 64,
  /** Longest note, in UTF-16 units. */
  maxNoteLength: 50_000,
  /** Longest id. */
  maxIdLength: 512,
} as const;
