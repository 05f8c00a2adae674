import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CSV_BYTES, MAX_CSV_LINES, type CsvErrorCode } from '../../../../../shared/import/csv';
import { parseAndCheck } from './csv-invariants';

const MB = 1024 * 1024;

// Regressions: each of these once took 4–19 s (a line per record object, a role lookup per cell of a
// 20-million-field line, digit-by-digit reading of a 19 MB "number", piecewise unescaping of 9 million
// doubled quotes). They are generated here because 20 MB fixture files do not belong in the repository.
const CASES: ReadonlyArray<readonly [string, () => string, CsvErrorCode | 'ok']> = [
  ['10 million lines of ";"', () => ';\n'.repeat(10_000_000), 'too-many-lines'],
  ['one line of 19 million commas', () => ','.repeat(19 * MB), 'no-header'],
  ['a header line 50,000 fields wide', () => `Date,Close,${'x,'.repeat(50_000)}\n`.repeat(100), 'no-header'],
  ['a 19 MB number', () => `Date,Close\n2026-01-02,${'1'.repeat(19 * MB)}\n`, 'no-rows'],
  [
    'a quoted field of 9 million doubled quotes',
    () => `Date,Close\n"2026-01-02","${'""'.repeat(9 * MB)}"\n`,
    'no-rows',
  ],
  [
    '20,000 rows of 1,000 empty fields',
    () => `Date,Close\n${`2026-01-02${','.repeat(999)}\n`.repeat(20_000)}`,
    'no-rows',
  ],
  ['a 19 MB date cell', () => `Date,Close\n${'Januar'.repeat(3 * MB)} 2026,5\n`, 'no-rows'],
  [
    'the most lines allowed, all the same day',
    () => `Date,Close\n${'2026-01-02,5\n'.repeat(MAX_CSV_LINES - 2)}`,
    'ok',
  ],
];

describe('hostile sizes: answered within the time limit with a typed result', () => {
  for (const [name, makeText, expected] of CASES) {
    it(name, () => {
      const bytes = new TextEncoder().encode(makeText());
      expect(bytes.length).toBeLessThanOrEqual(DEFAULT_MAX_CSV_BYTES);
      const result = parseAndCheck(bytes);
      expect(result.ok ? 'ok' : result.error.code).toBe(expected);
    });
  }

  it('rejects a 19 MB price history of 1,000,001 rows for its line count, not its size', () => {
    const bytes = new TextEncoder().encode(`Date,Close\n${'2024-01-02,155.740\n'.repeat(1_000_001)}`);
    expect(bytes.length).toBeGreaterThan(19_000_000);
    expect(bytes.length).toBeLessThan(DEFAULT_MAX_CSV_BYTES);
    const result = parseAndCheck(bytes);
    expect(result.ok ? 'ok' : result.error).toMatchObject({
      code: 'too-many-lines',
      values: { lines: 1_000_002, maxLines: MAX_CSV_LINES },
    });
  });

  it('keeps one bar and counts the rest as duplicates when every row has the same day', () => {
    const result = parseAndCheck(new TextEncoder().encode(`Date,Close\n${'2026-01-02,5\n'.repeat(1000)}`));
    expect(result.ok && result.stats).toMatchObject({ barsKept: 1, droppedDuplicate: 999 });
  });
});
