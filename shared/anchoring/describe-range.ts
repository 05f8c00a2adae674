import type { DescribedRange } from './types';

/** Code points of context kept on each side of a quote (the Hypothesis client keeps 32 too). */
export const CONTEXT_CODE_POINTS = 32;

/** Thrown when a range does not fit the text: the UI passed a stale or inverted selection. */
export class InvalidRangeError extends RangeError {
  /** Machine-readable reason, so callers can react without parsing the message. */
  readonly code = 'invalid-range';
  constructor(
    readonly startCodePoints: number,
    readonly endCodePoints: number,
    readonly textLengthCodePoints: number,
  ) {
    super(
      `Range ${startCodePoints}–${endCodePoints} does not fit a text of ${textLengthCodePoints} code points ` +
        '(need integers with 0 ≤ start < end ≤ length).',
    );
    this.name = 'InvalidRangeError';
  }
}

/**
 * The W3C TextQuote and TextPosition selectors for code points [start, end) of `text` (the article's NFC
 * text); throws InvalidRangeError when the range is empty, inverted or outside the text.
 */
export function describeRange(
  text: string,
  startCodePoints: number,
  endCodePoints: number,
  contextCodePoints: number = CONTEXT_CODE_POINTS,
): DescribedRange {
  const codePoints = Array.from(text);
  const isValid =
    Number.isInteger(startCodePoints) &&
    Number.isInteger(endCodePoints) &&
    startCodePoints >= 0 &&
    startCodePoints < endCodePoints &&
    endCodePoints <= codePoints.length;
  if (!isValid) throw new InvalidRangeError(startCodePoints, endCodePoints, codePoints.length);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: codePoints.slice(startCodePoints, endCodePoints).join(''),
      prefix: codePoints.slice(Math.max(0, startCodePoints - contextCodePoints), startCodePoints).join(''),
      suffix: codePoints.slice(endCodePoints, endCodePoints + contextCodePoints).join(''),
    },
    position: { type: 'TextPositionSelector', start: startCodePoints, end: endCodePoints },
  };
}
