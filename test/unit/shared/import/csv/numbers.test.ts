import { describe, expect, it } from 'vitest';
import {
  decimalVote,
  detectDecimalMark,
  isEmptyCell,
  parseNumber,
} from '../../../../../shared/import/csv/numbers';

describe('parseNumber', () => {
  it.each([
    ['155.74', '.', 155.74],
    ['155,74', ',', 155.74],
    ['3.640,91', ',', 3640.91],
    ['3,640.91', '.', 3640.91],
    ['1.234.567', ',', 1234567],
    ["1'234.50", '.', 1234.5],
    ['1 234,50', ',', 1234.5],
    ['665,27M', ',', 665_270_000],
    ['1,2K', ',', 1200],
    ['2,5 Mio.', ',', 2_500_000],
    ['-2,78%', ',', -2.78],
    ['+6,39 %', ',', 6.39],
    ['$155.74', '.', 155.74],
    ['155,74 €', ',', 155.74],
    ['EUR 132,20', ',', 132.2],
    ['\u2212 1,5', ',', -1.5],
  ] as const)('reads %s with decimal mark %s as %d', (cell, mark, expected) => {
    expect(parseNumber(cell, mark)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['155,74', '.'],
    ['1,2', '.'],
    ['1.2.3', '.'],
    ['12,34,5', '.'],
    ['abc', '.'],
    ['', ','],
    ['-', ','],
    ['155.74x', '.'],
    ['1e5', '.'],
    ['0x10', '.'],
    ['Infinity', '.'],
  ] as const)('refuses %s with decimal mark %s instead of guessing', (cell, mark) => {
    expect(parseNumber(cell, mark)).toBeNaN();
  });
});

describe('decimal mark detection', () => {
  it('tells the mark from cells that show it', () => {
    expect(decimalVote('3.640,91')).toBe(',');
    expect(decimalVote('3,640.91')).toBe('.');
    expect(decimalVote('155.74')).toBe('.');
    expect(decimalVote('155,74')).toBe(',');
    expect(decimalVote('1.234.567')).toBe(',');
    expect(decimalVote('1,234,567')).toBe('.');
  });

  it('abstains where a reader could not tell either', () => {
    expect(decimalVote('1.234')).toBeNull();
    expect(decimalVote('155')).toBeNull();
  });

  it('decides per file by the majority, and falls back (flagged) when no cell tells', () => {
    expect(detectDecimalMark(['1.234', '155,74', '156,10'], '.')).toEqual({ mark: ',', isAmbiguous: false });
    expect(detectDecimalMark(['1.234', '2.345'], ',')).toEqual({ mark: ',', isAmbiguous: true });
    expect(detectDecimalMark(['155', '156'], '.')).toEqual({ mark: '.', isAmbiguous: false });
  });
});

describe('empty cells', () => {
  it.each(['', ' ', '-', 'null', 'NULL', 'n/a', 'Kein Wert vorhanden', 'keine Daten'])(
    'treats %j as no value',
    (cell) => {
      expect(isEmptyCell(cell)).toBe(true);
    },
  );

  it.each(['0', '155,74', '2026-01-02'])('treats %j as a value', (cell) => {
    expect(isEmptyCell(cell)).toBe(false);
  });
});
