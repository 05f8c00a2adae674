import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';

/** The W3C selectors of one passage, as describeRange() makes them and an Annotation stores them. */
export interface DescribedRange {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What anchor() needs: the quote (required) and the position (a hint, may be missing in foreign files). */
export interface AnchorSelectors {
  quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;
  position?: Pick<TextPositionSelector, 'start' | 'end'> | null;
}

/** How a passage was found: stored position verified, exact quote search, or approximate match. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Why a passage could not be placed. */
export type OrphanReason =
  /** The selector has no quote text to look for. */
  | 'empty-quote'
  /** Neither the quote nor anything close enough to it occurs in the text. */
  | 'quote-not-found'
  /** Candidates exist, but none agrees well enough with quote, context and position to be trusted. */
  | 'low-confidence';

/** A placed passage: code-point offsets into the text anchor() was given (end exclusive). */
export interface AnchoredResult {
  status: 'anchored';
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: 1 for a verified position, lower as quote, prefix, suffix or position disagree. */
  confidence: number;
}

/** A passage that cannot be placed; the annotation keeps its quote and is listed apart. */
export interface OrphanResult {
  status: 'orphan';
  reason: OrphanReason;
  /** Best candidate's confidence when there was one (for diagnostics), else 0. */
  bestConfidence: number;
}

/** The outcome of anchoring one annotation. */
export type AnchorResult = AnchoredResult | OrphanResult;

/** Tuning knobs of anchor(); the defaults suit German news articles of a few thousand words. */
export interface AnchorOptions {
  /** Candidates scoring below this are not trusted (default 0.8). */
  minConfidence?: number;
  /** Most edits fuzzy matching tolerates, as a share of the quote's length (default 0.25). */
  maxErrorRatio?: number;
  /** An exact quote at least this long (code points) is trusted even when its context changed (default 24). */
  distinctiveQuoteCodePoints?: number;
}
