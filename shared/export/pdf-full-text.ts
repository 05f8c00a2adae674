import { tagName, type DossierLabels } from './dossier-labels';
import type { DossierArticle, DossierPassage } from './dossier-types';
import type { PdfContent, PdfNode } from './pdf-types';
import { tagLook } from './tag-look';

/** The passage that colours code point `at`: the one that started last among those covering it. */
function coverAt(passages: readonly DossierPassage[], at: number): DossierPassage | null {
  let cover: DossierPassage | null = null;
  for (const passage of passages) {
    const start = passage.startCodePoints ?? -1;
    const end = passage.endCodePoints ?? -1;
    if (start <= at && at < end) cover = passage;
  }
  return cover;
}

function tagMark(passage: DossierPassage, labels: DossierLabels): PdfNode {
  const first = passage.tags[0];
  const name = first === undefined ? labels.untagged : tagName(first, labels);
  return { text: ` [${name}]`, fontSize: 7, bold: true, color: tagLook(passage.colourTag).inkHex };
}

/** Runs of one block: plain text, highlighted stretches on their tag colour, the tag name after each passage. */
function blockRuns(
  codePoints: readonly string[],
  blockStart: number,
  passages: readonly DossierPassage[],
  labels: DossierLabels,
): PdfNode[] {
  const runs: PdfNode[] = [];
  const blockEnd = blockStart + codePoints.length;
  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const passage of passages) {
    for (const at of [passage.startCodePoints, passage.endCodePoints]) {
      if (at !== null && at > blockStart && at < blockEnd) cuts.add(at);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let index = 0; index < sorted.length - 1; index += 1) {
    const from = sorted[index] ?? blockStart;
    const to = sorted[index + 1] ?? blockEnd;
    const text = codePoints.slice(from - blockStart, to - blockStart).join('');
    const cover = coverAt(passages, from);
    runs.push(cover ? { text, background: tagLook(cover.colourTag).backgroundHex } : { text });
    for (const passage of passages) {
      if (passage.endCodePoints === to) runs.push(tagMark(passage, labels));
    }
  }
  return runs;
}

/** The article's whole text, block by block, with every placed passage highlighted where it stands. */
export function fullTextContent(
  item: DossierArticle,
  labels: DossierLabels,
  separator: string,
): PdfContent[] {
  const separatorLength = Array.from(separator).length;
  let blockStart = 0;
  return item.article.blocks.map((block) => {
    const codePoints = Array.from(block.text);
    const runs = blockRuns(codePoints, blockStart, item.passages, labels);
    blockStart += codePoints.length + separatorLength;
    const style = block.kind === 'heading' ? 'blockHeading' : block.kind === 'quote' ? 'blockQuote' : 'body';
    return { text: runs, style };
  });
}
