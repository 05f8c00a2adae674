import type { CurrencyCode } from './money';
import type { LevelKind } from './level';

/** The fixed tag vocabulary; free-form tags are plain strings beside these. */
export const TAG_VOCABULARY = ['bullish', 'bearish', 'risk', 'catalyst', 'question', 'to-check'] as const;

/** A tag from the fixed vocabulary. */
export type VocabularyTag = (typeof TAG_VOCABULARY)[number];

/** W3C TextQuoteSelector: the exact passage with some context on either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector, counted in Unicode code points on the article's NFC text; end > start. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What an annotation is pinned to on the chart, if anything. */
export type ChartPin =
  | {
      type: 'level';
      kind: LevelKind;
      value: number;
      valueHigh?: number;
      currency: CurrencyCode;
      asOf: string | null;
    }
  | { type: 'article-date' };

/** A highlight on an article, with tags, an optional note and an optional chart pin. */
export interface Annotation {
  id: string;
  articleId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Vocabulary tags first, then free-form tags; the first tag decides the colour. */
  tags: string[];
  /** Light Markdown, may be empty. */
  note: string;
  pin: ChartPin | null;
  createdAtMs: number;
  modifiedAtMs: number;
}
