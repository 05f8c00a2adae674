import { codePointToUtf16 } from '../../shared/text/code-points';
import { BLOCK_START_ATTRIBUTE } from './dom-offsets';

/** One reader block's text nodes, so a code-point offset can be turned into a DOM point without re-walking. */
interface IndexedBlock {
  startCodePoints: number;
  /** The block's text as its text nodes hold it (generated CSS content such as list bullets is not text). */
  text: string;
  lengthCodePoints: number;
  /** Whether the text has astral characters; without any, code points and UTF-16 indexes agree. */
  hasAstral: boolean;
  nodes: Text[];
  /** UTF-16 index in `text` where each of `nodes` starts. */
  nodeStartsUtf16: number[];
}

// No u flag: with it a surrogate pair is one code point and would not match a class of lone surrogates.
const ASTRAL = /[\uD800-\uDBFF]/;

function indexBlock(element: Element): IndexedBlock | null {
  const startCodePoints = Number(element.getAttribute(BLOCK_START_ATTRIBUTE));
  if (!Number.isFinite(startCodePoints)) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const nodeStartsUtf16: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    nodeStartsUtf16.push(text.length);
    text += (node as Text).data;
  }
  const hasAstral = ASTRAL.test(text);
  return {
    startCodePoints,
    text,
    lengthCodePoints: hasAstral ? Array.from(text).length : text.length,
    hasAstral,
    nodes,
    nodeStartsUtf16,
  };
}

/** Index of the last element of the ascending `values` that is ≤ `target` (-1 when none is). */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** A DOM boundary point: a text node and a UTF-16 offset in it. */
interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * Maps code-point offsets of the article text onto the reader's DOM. Built once per paint: one walk over the
 * blocks' text nodes, then each look-up is two binary searches.
 */
export class ReaderTextIndex {
  private readonly blocks: IndexedBlock[];
  private readonly blockStarts: number[];

  /** Indexes every block element (data-block-start) inside `container`. */
  constructor(container: Element) {
    this.blocks = Array.from(container.querySelectorAll(`[${BLOCK_START_ATTRIBUTE}]`))
      .map(indexBlock)
      .filter((block): block is IndexedBlock => block !== null && block.nodes.length > 0);
    this.blockStarts = this.blocks.map((block) => block.startCodePoints);
  }

  /**
   * The DOM point at `offsetCodePoints`. An offset in the gap between two blocks (the virtual separator of
   * articleText) snaps to the end of the block before it; one before the first block, to its start.
   */
  pointAt(offsetCodePoints: number): DomPoint | null {
    const index = lastAtOrBefore(this.blockStarts, offsetCodePoints);
    const block = this.blocks[Math.max(0, index)];
    if (!block) return null;
    const local = Math.min(Math.max(0, offsetCodePoints - block.startCodePoints), block.lengthCodePoints);
    const utf16 = block.hasAstral ? codePointToUtf16(block.text, local) : local;
    const nodeIndex = Math.max(0, lastAtOrBefore(block.nodeStartsUtf16, utf16));
    const node = block.nodes[nodeIndex]!;
    return { node, offset: Math.min(node.data.length, utf16 - block.nodeStartsUtf16[nodeIndex]!) };
  }

  /** A DOM Range over [start, end) of the article text, or null when it covers no rendered text. */
  rangeOf(startCodePoints: number, endCodePoints: number): Range | null {
    const start = this.pointAt(startCodePoints);
    const end = this.pointAt(endCodePoints);
    if (!start || !end) return null;
    const range = start.node.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range.collapsed ? null : range;
  }
}
