import type { NoteBlockNode, NoteInline, PdfContent, PdfNode } from './pdf-types';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Inline Markdown as pdfmake text runs; a link keeps its text and prints its URL after it (paper has no click). */
function inlineRuns(nodes: readonly NoteInline[], style: RunStyle = {}): PdfNode[] {
  const runs: PdfNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') runs.push({ text: node.text, ...style });
    else if (node.type === 'strong') runs.push(...inlineRuns(node.children, { ...style, bold: true }));
    else if (node.type === 'em') runs.push(...inlineRuns(node.children, { ...style, italics: true }));
    else {
      runs.push(
        ...inlineRuns(node.children, style).map((run) => ({ ...run, link: node.href, color: '#1a4f8b' })),
      );
      runs.push({ text: ` (${node.href})`, link: node.href, color: '#1a4f8b', fontSize: 8 });
    }
  }
  return runs;
}

/** A note's parsed blocks as pdfmake content: paragraphs keep their lines, lists become ul/ol. */
export function noteContent(blocks: readonly NoteBlockNode[]): PdfContent[] {
  return blocks.map((block): PdfContent => {
    if (block.type === 'list') {
      const items = block.items.map((item) => ({ text: inlineRuns(item) }));
      return block.ordered ? { ol: items, margin: [0, 1, 0, 2] } : { ul: items, margin: [0, 1, 0, 2] };
    }
    return {
      stack: block.lines.map((line) => ({ text: inlineRuns(line) })),
      margin: [0, 1, 0, 2],
    };
  });
}
