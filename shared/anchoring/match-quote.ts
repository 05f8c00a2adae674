import approxSearch from 'approx-string-match';
import { editDistance } from './edit-distance';
import { toOriginalRange, type FoldedText } from './fold-text';

/** A quote as searched: folded quote and context, plus where the passage used to start (code points). */
export interface QuoteContext {
  quote: string;
  prefix: string;
  suffix: string;
  hintStartCodePoints: number | null;
}

/** A place in the text that matches the quote, scored against the context. */
export interface ScoredMatch {
  /** Code-point offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** Edits between the quote and the matched text (0 for an exact hit). */
  errors: number;
  /** 0..1, the weighted agreement of quote, prefix, suffix and position. */
  confidence: number;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

// Weights from the Hypothesis client's match-quote: the quote matters most, context breaks ties between
// repeated phrases, and position only decides between otherwise equal candidates.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
// A quote of one common letter could occur thousands of times; scoring them all would stall the reader.
const MAX_CANDIDATES = 1000;
// approx-string-match's cost grows with the error budget; the Hypothesis client caps it the same way.
const MAX_ERRORS = 256;

/** Every exact (folded) occurrence of `quote` in the folded text, as UTF-16 ranges of `folded`. */
export function exactMatches(folded: string, quote: string): RawMatch[] {
  const matches: RawMatch[] = [];
  let from = folded.indexOf(quote);
  while (from !== -1 && matches.length < MAX_CANDIDATES) {
    matches.push({ start: from, end: from + quote.length, errors: 0 });
    from = folded.indexOf(quote, from + 1);
  }
  return matches;
}

/** Approximate occurrences of `quote` with at most `errorRatio` of its length in edits. */
export function fuzzyMatches(folded: string, quote: string, errorRatio: number): RawMatch[] {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * errorRatio));
  if (maxErrors < 1 || folded.length === 0) return [];
  return approxSearch(folded, quote, maxErrors)
    .slice(0, MAX_CANDIDATES)
    .map((match) => trimSpaces(folded, quote, match));
}

// A fuzzy match may swallow a neighbouring space the quote does not have; the highlight should not.
function trimSpaces(folded: string, quote: string, match: RawMatch): RawMatch {
  let { start, end } = match;
  if (!quote.startsWith(' ')) while (start < end - 1 && folded[start] === ' ') start += 1;
  if (!quote.endsWith(' ')) while (end > start + 1 && folded[end - 1] === ' ') end -= 1;
  return { start, end, errors: match.errors };
}

/**
 * 0..1: how closely `region` (the text beside a candidate) resembles the expected context `pattern`.
 * A whole-string edit distance, not a substring search: unrelated German text shares enough letters
 * that a substring search rates it near 0.5, which would let short quotes land in the wrong place.
 */
function contextSimilarity(region: string, pattern: string, isAtTextEdge: boolean): number {
  // No stored context means the passage touched the start or end of the text, or the file had none:
  // full marks only where the candidate touches the text's edge too, else neither evidence nor doubt.
  if (pattern.length === 0) return isAtTextEdge ? 1 : 0.5;
  return 1 - editDistance(region, pattern) / Math.max(region.length, pattern.length);
}

/** Scores each raw match against quote, prefix, suffix and position; best first. */
export function scoreMatches(
  text: FoldedText,
  context: QuoteContext,
  matches: readonly RawMatch[],
): ScoredMatch[] {
  const { folded } = text;
  const scored = matches.map((match): ScoredMatch => {
    const { start, end } = toOriginalRange(text, match.start, match.end);
    const quoteScore = Math.max(0, 1 - match.errors / context.quote.length);
    const prefixScore = contextSimilarity(
      folded.slice(Math.max(0, match.start - context.prefix.length), match.start),
      context.prefix,
      match.start === 0,
    );
    const suffixScore = contextSimilarity(
      folded.slice(match.end, match.end + context.suffix.length),
      context.suffix,
      match.end === folded.length,
    );
    const positionScore =
      context.hintStartCodePoints === null
        ? 1
        : 1 - Math.min(1, Math.abs(start - context.hintStartCodePoints) / Math.max(1, text.lengthCodePoints));
    const raw =
      QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore;
    return { start, end, errors: match.errors, confidence: raw / TOTAL_WEIGHT };
  });
  return scored.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
}
