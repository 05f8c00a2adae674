// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeToCodePoints, trimRange } from '../../../../renderer/annotations/dom-offsets';
import { READER_BLOCKS, READER_TEXT, renderReaderBlocks } from './reader-dom-fixture';
import { sliceCodePoints } from '../../../../shared/text/code-points';

const TEXT = READER_TEXT;
const renderReader = () => renderReaderBlocks('Cloud');

function textNodeContaining(container: HTMLElement, needle: string): Text {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent?.includes(needle)) return node as Text;
  throw new Error(`no text node with ${needle}`);
}

function selectionOf(container: HTMLElement, from: [string, string], to: [string, string]): Range {
  const range = document.createRange();
  const startNode = textNodeContaining(container, from[0]);
  range.setStart(startNode, startNode.data.indexOf(from[1]));
  const endNode = textNodeContaining(container, to[0]);
  range.setEnd(endNode, endNode.data.indexOf(to[1]) + to[1].length);
  return range;
}

const quoteOf = (range: { startCodePoints: number; endCodePoints: number } | null) =>
  range ? sliceCodePoints(TEXT, range.startCodePoints, range.endCodePoints) : null;

describe('DOM range → code points of the article text', () => {
  it('counts an emoji before the selection once (code points, not UTF-16)', () => {
    const container = renderReader();
    const result = rangeToCodePoints(
      container,
      selectionOf(container, ['hebt', 'hebt'], ['hebt', 'hebt ab']),
    );
    expect(quoteOf(result)).toBe('hebt ab');
    expect(result?.startCodePoints).toBe(10);
  });

  it('maps a selection starting inside a highlight <mark> and ending after an astral letter', () => {
    const container = renderReader();
    const range = document.createRange();
    range.setStart(textNodeContaining(container, 'Cloud'), 2);
    const tail = textNodeContaining(container, 'wächst');
    range.setEnd(tail, tail.data.indexOf('wächst'));
    expect(quoteOf(rangeToCodePoints(container, range))).toBe('oud-Geschäft 𝔸 ');
  });

  it('spans block boundaries with the block separator counted between blocks', () => {
    const container = renderReader();
    const result = rangeToCodePoints(
      container,
      selectionOf(container, ['Prozent', 'Prozent'], ['Risiko', 'Risiko']),
    );
    expect(quoteOf(result)).toBe('Prozent.\n\nRisiko');
  });

  it('snaps boundaries that lie on block elements rather than text to the nearest block text', () => {
    const container = renderReader();
    const range = document.createRange();
    range.setStart(container, 1); // before the second block element
    range.setEnd(container, 2); // after it
    expect(quoteOf(rangeToCodePoints(container, range))).toBe(READER_BLOCKS[1]!.text);
  });

  it('returns null for a collapsed selection', () => {
    const container = renderReader();
    const range = document.createRange();
    range.setStart(textNodeContaining(container, 'Risiko'), 3);
    expect(rangeToCodePoints(container, range)).toBeNull();
  });

  it('trims whitespace at the ends, and rejects whitespace-only ranges', () => {
    expect(trimRange('  ab c  ', { startCodePoints: 0, endCodePoints: 8 })).toEqual({
      startCodePoints: 2,
      endCodePoints: 6,
    });
    expect(trimRange('a    b', { startCodePoints: 1, endCodePoints: 5 })).toBeNull();
  });
});
