import type { BlockKind, TextBlock } from '../../model/article';
import { joinLineBreak } from './join-line-break';
import type { PdfLine } from './pdf-lines';

const PAGE_FURNITURE = /^(?:(?:seite|page)\s+)?\d{1,4}(?:\s*(?:\/|von|of)\s*\d{1,4})?$/iu;
const LIST_MARKER = /^(?:[•▪◦·\-–*]|\d{1,2}[.)])\s+/u;
// A heading's font is at least this much larger than the body text.
const HEADING_SIZE_RATIO = 1.15;
// A paragraph gap is noticeably wider than the usual distance between lines.
const PARAGRAPH_GAP_RATIO = 1.35;
const MAX_HEADING_CODE_UNITS = 200;

function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

/** The font size carrying the most characters: the body text's size. */
function bodyFontSize(lines: readonly PdfLine[]): number {
  const charsBySize = new Map<number, number>();
  for (const line of lines)
    charsBySize.set(
      roundSize(line.fontSize),
      (charsBySize.get(roundSize(line.fontSize)) ?? 0) + line.text.length,
    );
  let best = 0;
  let bestChars = -1;
  for (const [size, chars] of charsBySize) if (chars > bestChars) [best, bestChars] = [size, chars];
  return best || 1;
}

/** The usual distance between consecutive body lines (median), or null with too few lines. */
function typicalLineGap(lines: readonly PdfLine[], bodySize: number): number | null {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1];
    const line = lines[index];
    if (previous === undefined || line === undefined) continue;
    const gap = previous.y - line.y;
    if (gap > 0 && roundSize(line.fontSize) === bodySize && roundSize(previous.fontSize) === bodySize)
      gaps.push(gap);
  }
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? null;
}

interface OpenBlock {
  kind: BlockKind;
  text: string;
  fontSize: number;
}

/** Rebuilds a page's blocks from its lines: headings by font size, paragraphs by line spacing, list items by markers. */
export function linesToBlocks(allLines: readonly PdfLine[]): TextBlock[] {
  const lines = allLines.filter((line) => !PAGE_FURNITURE.test(line.text));
  const bodySize = bodyFontSize(lines);
  const lineGap = typicalLineGap(lines, bodySize) ?? bodySize * 1.2;
  const blocks: TextBlock[] = [];
  let open: OpenBlock | null = null;
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const isHeading =
      roundSize(line.fontSize) >= bodySize * HEADING_SIZE_RATIO && line.text.length <= MAX_HEADING_CODE_UNITS;
    const isListStart = LIST_MARKER.test(line.text);
    const gap = previous === null ? 0 : previous.y - line.y;
    const startsNew =
      open === null ||
      previous === null ||
      isHeading !== (open.kind === 'heading') ||
      (isHeading && roundSize(line.fontSize) !== roundSize(open.fontSize)) ||
      gap > lineGap * PARAGRAPH_GAP_RATIO ||
      gap < -lineGap ||
      isListStart ||
      line.isTabular ||
      previous.isTabular;
    if (startsNew) {
      if (open !== null) blocks.push({ kind: open.kind, text: open.text });
      const kind: BlockKind = isHeading ? 'heading' : isListStart ? 'list-item' : 'paragraph';
      open = {
        kind,
        text: isListStart ? line.text.replace(LIST_MARKER, '') : line.text,
        fontSize: line.fontSize,
      };
    } else if (open !== null) {
      open.text = joinLineBreak(open.text, line.text);
    }
    previous = line;
  }
  if (open !== null) blocks.push({ kind: open.kind, text: open.text });
  return blocks;
}

/** Joins a paragraph split by a page break (no sentence end before, lower-case start after). */
export function joinAcrossPages(pages: readonly TextBlock[][]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const page of pages) {
    const [first, ...rest] = page;
    const last = blocks[blocks.length - 1];
    if (
      first !== undefined &&
      last !== undefined &&
      last.kind === 'paragraph' &&
      first.kind === 'paragraph' &&
      !/[.!?:;"“”»)]$/u.test(last.text) &&
      /^\p{Ll}/u.test(first.text)
    ) {
      blocks[blocks.length - 1] = { kind: 'paragraph', text: joinLineBreak(last.text, first.text) };
      for (const block of rest) blocks.push(block);
    } else {
      for (const block of page) blocks.push(block);
    }
  }
  return blocks;
}
