import { describe, expect, it } from 'vitest';
import { parsePriceCsv, type CsvErrorCode } from '../../../../../shared/import/csv';
import { readCsvFixture } from './fixture-files';

/** Parses a broken fixture and returns its error (fails when the file was accepted). */
function rejectionOf(name: string) {
  const result = parsePriceCsv(readCsvFixture(`broken/${name}`), name);
  if (result.ok) throw new Error(`${name} was accepted with ${result.stats.barsKept} bars`);
  expect(result.fileName).toBe(name);
  return result.error;
}

const CASES: ReadonlyArray<readonly [string, CsvErrorCode]> = [
  ['empty.csv', 'empty'],
  ['only-whitespace.csv', 'empty'],
  ['only-header.csv', 'no-rows'],
  ['only-null-rows.csv', 'no-rows'],
  ['no-price-column.csv', 'no-price-column'],
  ['no-date-column.csv', 'no-date-column'],
  ['no-header.csv', 'no-header'],
  ['chart-screenshot.csv', 'binary-data'],
  ['saved-page.csv', 'no-header'],
  ['wrong-field-count.csv', 'wrong-field-count'],
  ['delimiter-mismatch.csv', 'wrong-field-count'],
];

describe('parsePriceCsv rejects broken files with a typed error', () => {
  for (const [name, code] of CASES) {
    it(`${name} → ${code}`, () => {
      const error = rejectionOf(name);
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(10);
    });
  }

  it('names the first broken line and both field counts', () => {
    const error = rejectionOf('wrong-field-count.csv');
    expect(error.values).toEqual({ line: 6, expectedFields: 7, actualFields: 5 });
    expect(error.message).toBe('CSV row 6 has the wrong number of fields (5 instead of 7).');
  });

  it('says a saved web page is HTML rather than a price history', () => {
    expect(rejectionOf('saved-page.csv').message).toContain('HTML');
  });

  it('rejects a file above the size limit before decoding it', () => {
    const result = parsePriceCsv(readCsvFixture('BABA.csv'), 'BABA.csv', { maxBytes: 1000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'too-large', values: { maxBytes: 1000 } });
  });

  it('rejects a file whose date column holds no date it can read', () => {
    const text = 'Datum;Schlusskurs\nheute;133,89\ngestern;132,51\n';
    const result = parsePriceCsv(new TextEncoder().encode(text), 'x.csv');
    expect(result.ok ? null : result.error.code).toBe('no-rows');
  });
});
