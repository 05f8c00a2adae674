import type { TextBlock } from '../model/article';
import { normalizeText } from './code-points';

/** Blocks read from plain text, with the first line as a title when it looks like one. */
export interface PlainTextArticle {
  title: string | null;
  blocks: TextBlock[];
}

const LIST_MARKER = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/u;
const SENTENCE_END = /[.!?…:;"“”«»)]$/u;
const MAX_HEADING_CODE_UNITS = 90;
// A hard-wrapped line is a line of a paragraph that an editor broke at a fixed width.
const MIN_WRAPPED_LINE_CODE_UNITS = 40;

function isListLine(line: string): boolean {
  return LIST_MARKER.test(line);
}

function looksLikeHeading(line: string): boolean {
  return line.length <= MAX_HEADING_CODE_UNITS && !SENTENCE_END.test(line) && !isListLine(line);
}

/** True when the lines of a group are one paragraph broken at a fixed width, not separate paragraphs. */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  return body.every(
    (line, index) =>
      line.length >= MIN_WRAPPED_LINE_CODE_UNITS &&
      !isListLine(line) &&
      !isListLine(lines[index + 1] ?? '') &&
      // A wrapped line usually stops mid-sentence; a paragraph line ends one.
      (!SENTENCE_END.test(line) || /^\p{Ll}/u.test(lines[index + 1] ?? '')),
  );
}

/**
 * Joins hard-wrapped lines. A hyphen at a line end before a lower-case continuation splits one word
 * (Wachs-/tum → Wachstum); before an upper-case one it belongs to a compound (Cloud-/Infrastruktur).
 */
function joinWrappedLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => {
    if (joined === '') return line;
    if (/\p{L}-$/u.test(joined)) return /^\p{Ll}/u.test(line) ? joined.slice(0, -1) + line : joined + line;
    return `${joined} ${line}`;
  }, '');
}

function toBlock(line: string, nextLine: string | undefined): TextBlock {
  if (isListLine(line)) return { kind: 'list-item', text: line.replace(LIST_MARKER, '') };
  // A short line that introduces a list is a lead-in sentence, not a heading.
  if (looksLikeHeading(line) && nextLine !== undefined && !isListLine(nextLine)) {
    return { kind: 'heading', text: line };
  }
  return { kind: 'paragraph', text: line };
}

/**
 * Turns plain text (any line endings, with or without blank lines between paragraphs) into blocks.
 * With `firstLineIsTitle`, the first line becomes the title and a verbatim repeat of it right after is dropped.
 */
export function plainTextToBlocks(rawText: string, options: { firstLineIsTitle: boolean }): PlainTextArticle {
  const text = normalizeText(rawText.replace(/^\uFEFF/u, '')).replace(/\r\n?/gu, '\n');
  const groups: string[][] = [[]];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/[\s\u00a0]+$/u, '').replace(/^[ \t\u00a0]+/u, (indent) =>
      // Keep list markers findable; other indentation carries no meaning in news text.
      isListLine(rawLine) ? indent : '',
    );
    if (line.trim() === '') groups.push([]);
    else groups[groups.length - 1]?.push(line.trim());
  }
  const lines = groups
    .filter((group) => group.length > 0)
    .flatMap((group) => (isHardWrapped(group) ? [joinWrappedLines(group)] : group))
    .map((line) => line.replace(/[ \t\u00a0]{2,}/gu, ' '));

  let title: string | null = null;
  if (options.firstLineIsTitle && lines.length > 0) {
    title = lines.shift() ?? null;
    if (title !== null && lines[0] === title) lines.shift();
  }
  const blocks = lines.map((line, index) => toBlock(line, lines[index + 1]));
  return { title, blocks };
}
