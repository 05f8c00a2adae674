import { BLOCK_SEPARATOR, type TextBlock } from '../../shared/model/article';
import { codePointLength } from '../../shared/text/code-points';

/** A range to mark in the reader: code-point offsets into articleText(blocks), end exclusive. */
export interface HighlightRange {
  id: string;
  startCodePoints: number;
  endCodePoints: number;
  /** CSS class(es) the marked text gets, e.g. 'passage-flash' or 'figure-mark'. */
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

/** UTF-16 index of every code point of `text`, plus its length at the end: one pass, then O(1) look-ups. */
function utf16Offsets(text: string): number[] {
  const offsets: number[] = [];
  let utf16 = 0;
  for (const char of text) {
    offsets.push(utf16);
    utf16 += char.length;
  }
  offsets.push(utf16);
  return offsets;
}

/** The ranges that touch the block [startCodePoints, endCodePoints), so blocks can skip unrelated ones. */
export function rangesInBlock(
  ranges: readonly HighlightRange[],
  startCodePoints: number,
  endCodePoints: number,
): HighlightRange[] {
  return ranges.filter(
    (range) =>
      range.endCodePoints > range.startCodePoints &&
      range.endCodePoints > startCodePoints &&
      range.startCodePoints < endCodePoints,
  );
}

/**
 * Splits one block's text at every range boundary inside it, so overlapping ranges become runs each
 * covered by a fixed set of ranges. Ranges are clipped to the block; empty or inverted ones are ignored.
 * One sweep over sorted boundaries: O((n + r) log r) for n code points and r ranges, not O(n · r).
 */
export function segmentBlock(
  text: string,
  blockStartCodePoints: number,
  ranges: readonly HighlightRange[],
): TextSegment[] {
  const offsets = utf16Offsets(text);
  const lengthCodePoints = offsets.length - 1;
  const local = ranges
    .map((range, order) => ({
      range,
      order,
      start: Math.max(0, range.startCodePoints - blockStartCodePoints),
      end: Math.min(lengthCodePoints, range.endCodePoints - blockStartCodePoints),
    }))
    .filter(({ start, end }) => end > start);
  if (local.length === 0) return text.length > 0 ? [{ text, ranges: [] }] : [];

  // Boundary events: at each cut, ranges ending there leave and ranges starting there join.
  const events = new Map<number, { opening: typeof local; closing: Set<HighlightRange> }>();
  const eventAt = (at: number) => {
    let event = events.get(at);
    if (!event) {
      event = { opening: [], closing: new Set() };
      events.set(at, event);
    }
    return event;
  };
  eventAt(0);
  eventAt(lengthCodePoints);
  for (const item of local) {
    eventAt(item.start).opening.push(item);
    eventAt(item.end).closing.add(item.range);
  }
  const boundaries = [...events.keys()].sort((a, b) => a - b);
  // Open ranges in their input order, so a run's classes keep the caller's order (annotations, then flash).
  let open: typeof local = [];
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const from = boundaries[index]!;
    const event = events.get(from)!;
    if (event.closing.size > 0) open = open.filter(({ range }) => !event.closing.has(range));
    if (event.opening.length > 0) open = [...open, ...event.opening].sort((a, b) => a.order - b.order);
    segments.push({
      text: text.slice(offsets[from], offsets[boundaries[index + 1]!]),
      ranges: open.map(({ range }) => range),
    });
  }
  return segments;
}

/** A span of the article text, code-point offsets, end exclusive. */
export interface CodePointSpan {
  startCodePoints: number;
  endCodePoints: number;
}

/**
 * The spans covered by two or more of `spans` (merged, ascending): where highlights overlap, so the reader
 * can draw them apart from a single highlight. One sweep over sorted boundaries.
 */
export function overlapSpans(spans: readonly CodePointSpan[]): CodePointSpan[] {
  const deltas = new Map<number, number>();
  for (const { startCodePoints: start, endCodePoints: end } of spans) {
    if (end <= start) continue;
    deltas.set(start, (deltas.get(start) ?? 0) + 1);
    deltas.set(end, (deltas.get(end) ?? 0) - 1);
  }
  const result: CodePointSpan[] = [];
  let depth = 0;
  let openedAt: number | null = null;
  for (const at of [...deltas.keys()].sort((a, b) => a - b)) {
    depth += deltas.get(at)!;
    if (depth >= 2 && openedAt === null) openedAt = at;
    else if (depth < 2 && openedAt !== null) {
      result.push({ startCodePoints: openedAt, endCodePoints: at });
      openedAt = null;
    }
  }
  return result;
}
