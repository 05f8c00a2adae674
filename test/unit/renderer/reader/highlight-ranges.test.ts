import { describe, expect, it } from 'vitest';
import { articleText, type TextBlock } from '../../../../shared/model/article';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import {
  blockStartOffsets,
  overlapSpans,
  segmentBlock,
  type HighlightRange,
} from '../../../../renderer/reader/highlight-ranges';

const range = (id: string, startCodePoints: number, endCodePoints: number): HighlightRange => ({
  id,
  startCodePoints,
  endCodePoints,
  className: `c-${id}`,
});

/** The segments as [text, ids] pairs: what the reader draws, in order. */
const drawn = (text: string, start: number, ranges: HighlightRange[]) =>
  segmentBlock(text, start, ranges).map((segment) => [segment.text, segment.ranges.map((r) => r.id)]);

describe('segmentBlock (the reader highlight layer)', () => {
  it('leaves a block without ranges as one plain run', () => {
    expect(drawn('Kurs steigt.', 0, [])).toEqual([['Kurs steigt.', []]]);
  });

  it('splits overlapping ranges into runs covered by one or both', () => {
    expect(drawn('abcdefghij', 0, [range('a', 2, 6), range('b', 4, 8)])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['gh', ['b']],
      ['ij', []],
    ]);
  });

  it('keeps adjacent ranges as separate runs without an empty run between them', () => {
    expect(drawn('abcdef', 0, [range('a', 0, 3), range('b', 3, 6)])).toEqual([
      ['abc', ['a']],
      ['def', ['b']],
    ]);
  });

  it('counts an emoji before the range as one code point', () => {
    const text = '📈 Ziel 205 $';
    // Code points: 📈=0, space=1, Z=2 … "205" is at 7..10.
    expect(drawn(text, 0, [range('t', 7, 10)])).toEqual([
      ['📈 Ziel ', []],
      ['205', ['t']],
      [' $', []],
    ]);
  });

  it('clips a range that spans a block boundary to each block it touches', () => {
    const blocks: TextBlock[] = [
      { kind: 'paragraph', text: 'Erster Absatz.' },
      { kind: 'quote', text: '„Zweiter“ Absatz.' },
    ];
    const starts = blockStartOffsets(blocks);
    expect(starts).toEqual([0, 16]);
    const spanning = range('s', 7, 25);
    expect(sliceCodePoints(articleText(blocks), 7, 25)).toBe('Absatz.\n\n„Zweiter“');
    expect(drawn(blocks[0]!.text, starts[0]!, [spanning])).toEqual([
      ['Erster ', []],
      ['Absatz.', ['s']],
    ]);
    expect(drawn(blocks[1]!.text, starts[1]!, [spanning])).toEqual([
      ['„Zweiter“', ['s']],
      [' Absatz.', []],
    ]);
  });

  it('ignores empty, inverted and out-of-block ranges', () => {
    expect(drawn('abc', 10, [range('e', 11, 11), range('i', 12, 11), range('o', 0, 5)])).toEqual([
      ['abc', []],
    ]);
  });

  it('offsets later blocks past astral characters in earlier ones', () => {
    const blocks: TextBlock[] = [
      { kind: 'paragraph', text: '🚀🚀' },
      { kind: 'paragraph', text: 'Kurs' },
    ];
    const starts = blockStartOffsets(blocks);
    expect(starts[1]).toBe(4);
    expect(drawn('Kurs', starts[1]!, [range('k', 4, 6)])).toEqual([
      ['Ku', ['k']],
      ['rs', []],
    ]);
  });

  it('keeps many overlapping ranges in input order on every run', () => {
    const many = Array.from({ length: 50 }, (_, index) => range(`r${index}`, index * 2, index * 2 + 7));
    const segments = segmentBlock('x'.repeat(120), 0, many);
    for (const segment of segments) {
      const ids = segment.ranges.map((r) => r.id);
      expect(ids).toEqual([...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    }
    expect(segments.find((segment) => segment.text.length > 0 && segment.ranges.length === 4)).toBeDefined();
  });
});

describe('overlapSpans: where two or more highlights cover the same text', () => {
  const span = (startCodePoints: number, endCodePoints: number) => ({ startCodePoints, endCodePoints });

  it('is exactly the shared part of two overlapping highlights', () => {
    expect(overlapSpans([span(0, 10), span(6, 14)])).toEqual([span(6, 10)]);
  });

  it('is empty for adjacent highlights (touching is not overlapping) and ignores empty ones', () => {
    expect(overlapSpans([span(0, 5), span(5, 9), span(3, 3)])).toEqual([]);
  });

  it('merges a chain of overlaps into one span and keeps separate ones apart', () => {
    expect(overlapSpans([span(0, 10), span(5, 20), span(15, 30), span(40, 50), span(45, 48)])).toEqual([
      span(5, 10),
      span(15, 20),
      span(45, 48),
    ]);
  });

  it('covers a highlight nested in another, and a triple overlap once', () => {
    expect(overlapSpans([span(0, 30), span(10, 20), span(12, 15)])).toEqual([span(10, 20)]);
  });
});
