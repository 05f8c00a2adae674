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
  // Range.toString() counts only text nodes, so generated CSS content (list bullets) never shifts offsets.
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

/** Whether one of the character's boxes (it may wrap) contains the viewport point. */
function characterContains(node: Text, offset: number, xPx: number, yPx: number): boolean {
  if (offset < 0 || offset >= node.data.length) return false;
  const range = node.ownerDocument.createRange();
  const code = node.data.charCodeAt(offset);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  range.setStart(node, offset);
  range.setEnd(node, Math.min(node.data.length, offset + width));
  return Array.from(range.getClientRects()).some(
    (box) => xPx >= box.left && xPx <= box.right && yPx >= box.top && yPx <= box.bottom,
  );
}

/**
 * The code-point offset of the character under a viewport point inside the reader, or null when the point
 * is on no character (a margin, the gap between lines). Works without any element around highlighted text.
 */
export function codePointAtPoint(container: Element, xPx: number, yPx: number): number | null {
  const caret = container.ownerDocument.caretPositionFromPoint(xPx, yPx);
  const node = caret?.offsetNode;
  if (!caret || !(node instanceof Text) || !container.contains(node)) return null;
  // The caret is a boundary: over a character's right half it lies after that character.
  const previous = node.data.charCodeAt(caret.offset - 1);
  const before = caret.offset - (previous >= 0xdc00 && previous <= 0xdfff ? 2 : 1);
  const offset = characterContains(node, caret.offset, xPx, yPx)
    ? caret.offset
    : characterContains(node, before, xPx, yPx)
      ? before
      : null;
  return offset === null ? null : pointToCodePoints(container, node, offset, 'start');
}
