import { foldPattern, foldText, type FoldedText } from './fold-text';
import { exactMatches, fuzzyMatches, scoreMatches, type QuoteContext, type ScoredMatch } from './match-quote';
import type { AnchorOptions, AnchorResult, AnchorSelectors } from './types';

/** A text prepared once for anchoring many annotations (folding is the costly part). */
export interface PreparedText {
  text: string;
  codePoints: readonly string[];
  folded: FoldedText;
}

// Files from other tools may carry long context; comparing more than this costs time and adds nothing.
const MAX_CONTEXT_UTF16 = 64;

/** Defaults of anchor()'s options. */
export const DEFAULT_ANCHOR_OPTIONS: Required<AnchorOptions> = {
  minConfidence: 0.8,
  maxErrorRatio: 0.25,
  distinctiveQuoteCodePoints: 24,
};

/** Prepares `text` for anchor(); pass the result when anchoring many annotations on one article. */
export function prepareText(text: string): PreparedText {
  return { text, codePoints: Array.from(text), folded: foldText(text) };
}

/** Returns the verified position, or null when the stored offsets no longer hold the quote. */
function verifyPosition(
  prepared: PreparedText,
  selectors: AnchorSelectors,
  exact: string,
): AnchorResult | null {
  const position = selectors.position;
  if (!position) return null;
  const { start, end } = position;
  const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end;
  if (!fits || end > prepared.codePoints.length) return null;
  const atPosition = prepared.codePoints.slice(start, end).join('').normalize('NFC');
  return atPosition === exact ? { status: 'anchored', start, end, method: 'position', confidence: 1 } : null;
}

function hintOf(selectors: AnchorSelectors): number | null {
  const start = selectors.position?.start;
  return typeof start === 'number' && Number.isFinite(start) ? start : null;
}

/**
 * Places a stored passage in `text` (offsets in code points of `text` as given): the stored position if
 * its text equals the quote, else the exact quote (prefix, suffix and position pick among repeats), else
 * the best approximate match; anything below the confidence threshold is an orphan, never a guess.
 */
export function anchor(
  text: string | PreparedText,
  selectors: AnchorSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const settings = { ...DEFAULT_ANCHOR_OPTIONS, ...options };
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const exact = selectors.quote.exact.normalize('NFC');
  const context: QuoteContext = {
    quote: foldPattern(exact),
    prefix: foldPattern(selectors.quote.prefix.normalize('NFC')).slice(-MAX_CONTEXT_UTF16),
    suffix: foldPattern(selectors.quote.suffix.normalize('NFC')).slice(0, MAX_CONTEXT_UTF16),
    hintStartCodePoints: hintOf(selectors),
  };
  if (exact === '') return { status: 'orphan', reason: 'empty-quote', bestConfidence: 0 };
  const byPosition = verifyPosition(prepared, selectors, exact);
  if (byPosition) return byPosition;
  // Whitespace alone matches every gap between words: without its position it cannot be placed.
  if (context.quote.trim() === '') return { status: 'orphan', reason: 'empty-quote', bestConfidence: 0 };

  const exactHits = scoreMatches(
    prepared.folded,
    context,
    exactMatches(prepared.folded.folded, context.quote),
  );
  const bestExact = exactHits[0];
  const isDistinctive = Array.from(context.quote).length >= settings.distinctiveQuoteCodePoints;
  if (bestExact && (bestExact.confidence >= settings.minConfidence || isDistinctive)) {
    return anchored(fitWhitespaceEdges(prepared, bestExact, exact), 'quote');
  }

  // Also runs when only weak exact hits exist: the real passage may carry a typo fix while a short
  // phrase survives elsewhere, and the fuzzy candidate with matching context then wins.
  const fuzzyHits = scoreMatches(
    prepared.folded,
    context,
    fuzzyMatches(prepared.folded.folded, context.quote, settings.maxErrorRatio),
  );
  const best = [bestExact, fuzzyHits[0]]
    .filter((hit): hit is ScoredMatch => hit !== undefined)
    .sort((a, b) => b.confidence - a.confidence)[0];
  if (best && best.confidence >= settings.minConfidence) {
    return anchored(fitWhitespaceEdges(prepared, best, exact), best.errors === 0 ? 'quote' : 'fuzzy');
  }
  return best
    ? { status: 'orphan', reason: 'low-confidence', bestConfidence: best.confidence }
    : { status: 'orphan', reason: 'quote-not-found', bestConfidence: 0 };
}

const WHITESPACE = /\s/u;

function countWhitespace(chars: readonly string[], fromEnd: boolean): number {
  let count = 0;
  const at = (index: number) => chars[fromEnd ? chars.length - 1 - index : index];
  while (count < chars.length && WHITESPACE.test(at(count) ?? '')) count += 1;
  return count;
}

/**
 * A folded space stands for a whole whitespace run, so a match that begins or ends in one covers the
 * entire run; trim it back to as much whitespace as the quote itself has at that edge.
 */
function fitWhitespaceEdges(prepared: PreparedText, match: ScoredMatch, exact: string): ScoredMatch {
  const quoteChars = Array.from(exact);
  const found = prepared.codePoints.slice(match.start, match.end);
  const extraLeading = countWhitespace(found, false) - countWhitespace(quoteChars, false);
  const start = match.start + Math.max(0, extraLeading);
  const extraTrailing = countWhitespace(found, true) - countWhitespace(quoteChars, true);
  const end = Math.max(start + 1, match.end - Math.max(0, extraTrailing));
  return { ...match, start, end };
}

function anchored(match: ScoredMatch, method: 'quote' | 'fuzzy'): AnchorResult {
  return { status: 'anchored', start: match.start, end: match.end, method, confidence: match.confidence };
}
