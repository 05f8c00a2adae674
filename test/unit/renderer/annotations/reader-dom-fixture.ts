import { articleText, type TextBlock } from '../../../../shared/model/article';
import { blockStartOffsets } from '../../../../renderer/reader/highlight-ranges';

/** Three blocks with astral characters (🚀, 𝔸, 😬) before later text, so code points and UTF-16 differ. */
export const READER_BLOCKS: TextBlock[] = [
  { kind: 'heading', text: 'Alibaba 🚀 hebt ab' },
  { kind: 'paragraph', text: 'Das Cloud-Geschäft 𝔸 wächst um 26 Prozent.' },
  { kind: 'paragraph', text: 'Risiko: Regulierung 😬 in China.' },
];

/** The article text of READER_BLOCKS, as offsets count it. */
export const READER_TEXT = articleText(READER_BLOCKS);

/**
 * Renders READER_BLOCKS into the document like the reader does (data-block-start on each block), with a
 * <mark> around `markedWord` in the second block so text nodes are split as figure marks split them.
 */
export function renderReaderBlocks(markedWord: string): HTMLElement {
  const container = document.createElement('div');
  const starts = blockStartOffsets(READER_BLOCKS);
  READER_BLOCKS.forEach((block, index) => {
    const element = document.createElement(index === 0 ? 'h2' : 'p');
    element.setAttribute('data-block-start', String(starts[index]));
    if (index === 1) {
      const [before, after] = block.text.split(markedWord);
      const mark = document.createElement('mark');
      mark.textContent = markedWord;
      element.append(before!, mark, after!);
    } else element.textContent = block.text;
    container.append(element);
  });
  document.body.replaceChildren(container);
  return container;
}
