import type { Figure, FigureUnit } from '../types';

/** An article as the checks read it; figure offsets count in code points of `text`. */
export interface CheckArticle {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  publishedOn: string | null;
  text: string;
}

/** A figure together with the article it was found in. */
export interface ArticleFigure {
  articleId: string;
  publishedOn: string | null;
  figure: Figure;
}

/** A passage a check points to, so the UI can open the article at that span. */
export interface PassageRef {
  articleId: string;
  startCodePoints: number;
  endCodePoints: number;
  /** The figure's text, e.g. "rund 205 US-Dollar". */
  surface: string;
  /** The sentence around it, in code points of the same article. */
  sentenceStartCodePoints: number;
  sentenceEndCodePoints: number;
}

/** A price the checks compare against (the latest close the articles or the chart know). */
export interface ReferenceQuote {
  value: number;
  unit: FigureUnit;
  /** ISO day of the quote, or null when undated. */
  date: string | null;
  /** Where an article states it; null when it comes from a price history. */
  passage: PassageRef | null;
}

/** Stated upside/downside of a target versus the move computed from the latest quote. */
export interface StatedMoveCheck {
  type: 'stated_vs_computed';
  /**
   * consistent / inconsistent; other_reference when the move does not fit but the quote is dated after the
   * article (the article used another reference price); no_quote when no quote in the currency is known.
   */
  verdict: 'consistent' | 'inconsistent' | 'other_reference' | 'no_quote';
  /** Publication day of the target's article (ISO), or null when unknown. */
  articleDate: string | null;
  target: PassageRef & { value: number; unit: FigureUnit; kind: 'target' | 'fair_value' };
  statedMove: PassageRef;
  /** The percentages the wording allows ("fast 30" → 27…30), before the tolerance. */
  statedLowPercent: number;
  statedHighPercent: number;
  /** statedLow/High widened by the tolerance: computed moves inside count as consistent. */
  acceptedLowPercent: number;
  acceptedHighPercent: number;
  quote: ReferenceQuote | null;
  computedMovePercent: number | null;
  /** The base price the article must have assumed: target / (1 + stated move), low…high and central. */
  impliedBaseLow: number;
  impliedBaseHigh: number;
  impliedBaseCentral: number;
  /** A price stated in the articles (quote, level, 52-week mark) that fits the implied base, if any. */
  assumedPrice: (PassageRef & { value: number; kind: Figure['kind'] }) | null;
  /** Every passage involved: target, stated move, and the quote when it comes from an article. */
  passages: PassageRef[];
  /** One line for the checks view (English; the UI may rebuild it from the fields). */
  summary: string;
}

/** The same quantity stated in several places, with whether they agree. */
export interface SameQuantityCheck {
  type: 'same_quantity';
  unit: FigureUnit;
  members: (PassageRef & {
    value: number;
    publishedOn: string | null;
    bound: 'at_least' | 'at_most' | null;
    /** For a bound ("über 50 Mrd."): whether every exact statement keeps it; null for exact members. */
    isBoundMet: boolean | null;
  })[];
  /** True when two exact statements differ by more than 0.5 %, or an exact one breaks a stated bound. */
  isDisagreement: boolean;
  /** Pairs of passages that state different values (each links both passages). */
  conflicts: { a: PassageRef; b: PassageRef; valueA: number; valueB: number }[];
  /** (max − min) / min of the exact values, in percent. */
  spreadPercent: number;
  summary: string;
}

/** Lowest, highest and mean of the targets, with sources and the implied move from the latest quote. */
export interface TargetConsensusCheck {
  type: 'target_consensus';
  unit: FigureUnit;
  lowest: number;
  highest: number;
  mean: number;
  targets: (PassageRef & { value: number; publishedOn: string | null; isConsensus: boolean })[];
  quote: ReferenceQuote | null;
  /** Implied moves in percent from the quote to lowest / highest / mean, or null without a quote. */
  impliedMoveToLowestPercent: number | null;
  impliedMoveToHighestPercent: number | null;
  impliedMoveToMeanPercent: number | null;
  passages: PassageRef[];
  summary: string;
}

/** Any narrative check result. */
export type CheckResult = StatedMoveCheck | SameQuantityCheck | TargetConsensusCheck;
