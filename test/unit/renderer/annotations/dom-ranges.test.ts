// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ReaderTextIndex } from '../../../../renderer/annotations/dom-ranges';
import { READER_TEXT, renderReaderBlocks } from './reader-dom-fixture';

const TEXT = READER_TEXT;
const renderReader = () => renderReaderBlocks('26 Prozent');

/** The DOM range the index builds for the first occurrence of `quote` in the article text. */
function domRangeOf(index: ReaderTextIndex, quote: string): Range | null {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
  return index.rangeOf(start, start + Array.from(quote).length);
}

describe('ReaderTextIndex: code points of the article text → DOM ranges over the reader', () => {
  it('covers exactly the quote after astral characters (code points, not UTF-16 units)', () => {
    const index = new ReaderTextIndex(renderReader());
    expect(domRangeOf(index, 'hebt ab')?.toString()).toBe('hebt ab');
    expect(domRangeOf(index, 'wächst um')?.toString()).toBe('wächst um');
    expect(domRangeOf(index, 'in China')?.toString()).toBe('in China');
  });

  it('spans the element boundaries of marks inside a block', () => {
    const index = new ReaderTextIndex(renderReader());
    expect(domRangeOf(index, 'um 26 Prozent.')?.toString()).toBe('um 26 Prozent.');
    expect(domRangeOf(index, '26 Prozent')?.toString()).toBe('26 Prozent');
  });

  it('spans blocks: the virtual separator between them is not in the DOM', () => {
    const index = new ReaderTextIndex(renderReader());
    const quote = TEXT.slice(TEXT.indexOf('Prozent.'), TEXT.indexOf(':'));
    expect(quote).toContain('\n');
    expect(domRangeOf(index, quote)?.toString()).toBe('Prozent.Risiko');
  });

  it('gives no range for an empty span or one outside the text', () => {
    const index = new ReaderTextIndex(renderReader());
    expect(index.rangeOf(5, 5)).toBeNull();
    expect(index.rangeOf(10_000, 10_010)).toBeNull();
  });
});
