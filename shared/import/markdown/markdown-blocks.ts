import type { BlockKind, TextBlock } from '../../model/article';
import { markdownInlineToText } from './markdown-inline';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/u;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
const LIST_ITEM = /^ {0,3}(?:[-*+•]|\d{1,9}[.)])[ \t]+(.*)$/u;
const BLOCK_QUOTE = /^ {0,3}>[ ]?(.*)$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/u;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;
// Raw HTML whose content is never article text.
const DROPPED_HTML_BLOCK = /^\s*<(script|style|iframe|object|embed|template|noscript|svg|math|form)\b/iu;

function pushBlock(blocks: TextBlock[], kind: BlockKind, lines: readonly string[]): void {
  const text = markdownInlineToText(lines.map((line) => line.trim()).join(' ')).trim();
  if (text !== '') blocks.push({ kind, text });
}

function tableRowText(line: string): string {
  return line
    .trim()
    .replace(/^\|/u, '')
    .replace(/\|$/u, '')
    .split('|')
    .map((cell) => cell.trim())
    .join(' | ');
}

/** Parses Markdown block structure into text blocks (headings, paragraphs, list items, quotes). */
export function markdownToBlocks(markdown: string, depth = 0): TextBlock[] {
  const lines = markdown.split('\n');
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let paragraphKind: BlockKind = 'paragraph';
  const flush = (): void => {
    if (paragraph.length > 0) pushBlock(blocks, paragraphKind, paragraph);
    paragraph = [];
    paragraphKind = 'paragraph';
  };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    index += 1;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const marker = fence[1] ?? '```';
      const code: string[] = [];
      while (index < lines.length && !(lines[index] ?? '').trim().startsWith(marker)) {
        code.push(lines[index] ?? '');
        index += 1;
      }
      index += 1;
      const text = code
        .map((codeLine) => codeLine.trimEnd())
        .filter((codeLine) => codeLine.trim() !== '')
        .join('\n');
      if (text !== '') blocks.push({ kind: 'paragraph', text });
      continue;
    }
    const dropped = DROPPED_HTML_BLOCK.exec(line);
    if (dropped) {
      flush();
      const closing = new RegExp(`</${dropped[1] ?? ''}\\s*>`, 'iu');
      let current = line;
      while (!closing.test(current) && index < lines.length) {
        current = lines[index] ?? '';
        index += 1;
      }
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      pushBlock(blocks, 'heading', [heading[2] ?? '']);
      continue;
    }
    if (paragraph.length > 0 && paragraphKind === 'paragraph' && SETEXT_UNDERLINE.test(line)) {
      paragraphKind = 'heading';
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || TABLE_DELIMITER.test(line)) {
      flush();
      continue;
    }
    const quote = BLOCK_QUOTE.exec(line);
    if (quote && depth < 8) {
      flush();
      const quoted: string[] = [quote[1] ?? ''];
      while (index < lines.length && BLOCK_QUOTE.test(lines[index] ?? '')) {
        quoted.push(BLOCK_QUOTE.exec(lines[index] ?? '')?.[1] ?? '');
        index += 1;
      }
      // Quoted Markdown may hold its own paragraphs, lists, headings: all become quote blocks.
      for (const inner of markdownToBlocks(quoted.join('\n'), depth + 1))
        blocks.push({ kind: 'quote', text: inner.text });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      paragraphKind = 'list-item';
      paragraph = [item[1] ?? ''];
      // Lazy and indented continuation lines belong to the item.
      while (index < lines.length) {
        const next = lines[index] ?? '';
        if (
          next.trim() === '' ||
          LIST_ITEM.test(next) ||
          ATX_HEADING.test(next) ||
          BLOCK_QUOTE.test(next) ||
          FENCE.test(next)
        )
          break;
        paragraph.push(next);
        index += 1;
      }
      flush();
      continue;
    }
    if (line.includes('|') && /^\s*\|/u.test(line)) {
      flush();
      pushBlock(blocks, 'paragraph', [tableRowText(line)]);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}
