import { utf16ToCodePoint, codePointLength } from '../../shared/text/code-points';

/** The attribute ArticleBlock puts on each block element: where its text starts, in code points. */
export const BLOCK_START_ATTRIBUTE = 'data-block-start';

/** A selection mapped onto the article text: code-point offsets into articleText(blocks), end exclusive. */
export interface CodePointRange {
  startCodePoints: number;
  endCodePoints: number;
}

function blockElements(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(`[${BLOCK_START_ATTRIBUTE}]`));
}

function blockStartOf(block: Element): number {
  return Number(block.getAttribute(BLOCK_START_ATTRIBUTE));
}

function enclosingBlock(node: Node, container: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>(`[${BLOCK_START_ATTRIBUTE}]`) ?? null;
  return block && container.contains(block) ? block : null;
}

/** UTF-16 length of the block's text that comes before the boundary point (node, offset). */
function utf16Before(block: HTMLElement, node: Node, offset: number): number {
  const document = block.ownerDocument;
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  // Range.toString() counts only text nodes, so generated CSS content (tag glyphs) never shifts offsets.
  return range.toString().length;
}

/**
 * A boundary point as a code-point offset in the article text: inside a block it counts the block's text
 * before the point (an astral character counts once; a point inside a surrogate pair rounds up); outside
 * every block it snaps to the next block's start (`edge` 'start') or the previous block's end ('end').
 */
export function pointToCodePoints(
  container: Element,
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const block = enclosingBlock(node, container);
  if (block) {
    const text = block.textContent ?? '';
    return blockStartOf(block) + utf16ToCodePoint(text, utf16Before(block, node, offset));
  }
  const point = node.ownerDocument?.createRange();
  if (!point) return null;
  point.setStart(node, offset);
  const blocks = blockElements(container);
  if (edge === 'start') {
    const next = blocks.find((candidate) => point.comparePoint(candidate, 0) >= 0);
    return next ? blockStartOf(next) : null;
  }
  const previous = blocks
    .filter((candidate) => point.comparePoint(candidate, candidate.childNodes.length) <= 0)
    .pop();
  return previous ? blockStartOf(previous) + codePointLength(previous.textContent ?? '') : null;
}

/** Drops whitespace at both ends of a range, so a double-clicked word or a sloppy drag stores a clean quote. */
export function trimRange(text: string, range: CodePointRange): CodePointRange | null {
  const codePoints = Array.from(text);
  let { startCodePoints: start, endCodePoints: end } = range;
  while (start < end && /\s/u.test(codePoints[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(codePoints[end - 1] ?? '')) end -= 1;
  return end > start ? { startCodePoints: start, endCodePoints: end } : null;
}

/**
 * Maps a DOM Range inside the reader onto code points of the article text (BLOCK_SEPARATOR between blocks
 * counts, as in articleText()); null when the range is collapsed or touches no block text.
 */
export function rangeToCodePoints(container: Element, range: Range): CodePointRange | null {
  if (range.collapsed) return null;
  const start = pointToCodePoints(container, range.startContainer, range.startOffset, 'start');
  const end = pointToCodePoints(container, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { startCodePoints: start, endCodePoints: end };
}
