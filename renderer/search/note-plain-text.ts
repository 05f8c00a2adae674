import { parseNote, type InlineNode } from '../annotations/markdown/parse-note';

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
}

/** A note's words as the reader sees them: Markdown marks and link targets dropped, one line per line or item. */
export function notePlainText(note: string): string {
  return parseNote(note)
    .flatMap((block) => (block.type === 'paragraph' ? block.lines : block.items))
    .map(inlineText)
    .join('\n');
}
