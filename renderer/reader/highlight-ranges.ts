import { BLOCK_SEPARATOR, type TextBlock } from '../../shared/model/article';
import { codePointLength, codePointToUtf16 } from '../../shared/text/code-points';

/** A range to mark in the reader: code-point offsets into articleText(blocks), end exclusive. */
export interface HighlightRange {
  id: string;
  startCodePoints: number;
  endCodePoints: number;
  /** CSS class(es) the marked text gets, e.g. 'passage-flash' or an annotation's tag colour. */
  className: string;
}

/** A run of one block's text and the ranges covering all of it (none: plain text). */
export interface TextSegment {
  text: string;
  ranges: HighlightRange[];
}

const SEPARATOR_CODE_POINTS = codePointLength(BLOCK_SEPARATOR);

/** Where each block starts in the article's full text, in code points. */
export function blockStartOffsets(blocks: readonly TextBlock[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += codePointLength(block.text) + SEPARATOR_CODE_POINTS;
  }
  return starts;
}

/**
 * Splits one block's text at every range boundary inside it, so overlapping ranges become runs each
 * covered by a fixed set of ranges. Ranges are clipped to the block; empty or inverted ones are ignored.
 */
export function segmentBlock(
  text: string,
  blockStartCodePoints: number,
  ranges: readonly HighlightRange[],
): TextSegment[] {
  const lengthCodePoints = codePointLength(text);
  const local = ranges
    .map((range) => ({
      range,
      start: Math.max(0, range.startCodePoints - blockStartCodePoints),
      end: Math.min(lengthCodePoints, range.endCodePoints - blockStartCodePoints),
    }))
    .filter(({ start, end }) => end > start);
  if (local.length === 0) return text.length > 0 ? [{ text, ranges: [] }] : [];

  const cuts = new Set<number>([0, lengthCodePoints]);
  for (const { start, end } of local) {
    cuts.add(start);
    cuts.add(end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const from = boundaries[index]!;
    const to = boundaries[index + 1]!;
    const covering = local.filter(({ start, end }) => start <= from && end >= to).map(({ range }) => range);
    segments.push({
      text: text.slice(codePointToUtf16(text, from), codePointToUtf16(text, to)),
      ranges: covering,
    });
  }
  return segments;
}
