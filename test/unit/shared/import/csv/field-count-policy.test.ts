import { describe, expect, it } from 'vitest';
import { misshapenTolerance, parsePriceCsv } from '../../../../../shared/import/csv';
import { makeYahooPriceCsv } from '../../../../fixtures/factories/price-csv';

/** Yahoo CSV lines (header first) of `rowCount` rows. */
function yahooLines(rowCount: number): string[] {
  return makeYahooPriceCsv(rowCount, { startDate: '2025-01-02' }).trimEnd().split('\n');
}

function parseLines(lines: readonly string[]) {
  return parsePriceCsv(new TextEncoder().encode(`${lines.join('\n')}\n`), 'BABA.csv');
}

/** Cuts the last two fields off a data line (what a broken export or a bad edit leaves). */
function shorten(line: string): string {
  return line.split(',').slice(0, 5).join(',');
}

// The rule (file-shape.ts, misshapenTolerance): a dated row with the wrong number of fields is a stray when the file
// has at most one such row per 20 data rows; strays are dropped with a warning naming their lines.
// More than that means the structure is broken: the file is rejected naming the first bad line.
// A short last row (a cut-off download) is always tolerated.
describe('rows with the wrong number of fields', () => {
  it('allows one stray row per 20 data rows', () => {
    expect(misshapenTolerance(19)).toBe(0);
    expect(misshapenTolerance(20)).toBe(1);
    expect(misshapenTolerance(250)).toBe(12);
  });

  it('drops a stray row among 60 with a count and a warning naming its line', () => {
    const lines = yahooLines(60);
    lines[30] = shorten(lines[30]!);
    const result = parseLines(lines);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stats.barsKept).toBe(59);
    expect(result.stats.droppedWrongFieldCount).toBe(1);
    const warning = result.warnings.find((w) => w.code === 'row-wrong-field-count');
    expect(warning?.values).toEqual({ count: 1, lines: '31' });
  });

  it('rejects a short file with a misshapen row, naming the row', () => {
    const lines = yahooLines(10);
    lines[4] = shorten(lines[4]!);
    const result = parseLines(lines);
    expect(result.ok ? null : result.error.values).toEqual({ line: 5, expectedFields: 7, actualFields: 5 });
  });

  it('rejects a long file once the misshapen rows exceed the tolerance', () => {
    const lines = yahooLines(100);
    for (const index of [10, 20, 30, 40, 50, 60]) lines[index] = shorten(lines[index]!);
    const result = parseLines(lines);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'wrong-field-count',
      values: { line: 11 },
    });
  });

  it('tolerates a cut-off last row even in a short file', () => {
    const lines = yahooLines(5);
    lines[5] = lines[5]!.slice(0, 20);
    const result = parseLines(lines);
    expect(result.ok && result.stats).toMatchObject({ barsKept: 4, droppedWrongFieldCount: 1 });
  });

  it('accepts rows that are longer only by empty trailing fields', () => {
    const lines = yahooLines(5).map((line, index) => (index === 0 ? line : `${line},,`));
    const result = parseLines(lines);
    expect(result.ok && result.stats.barsKept).toBe(5);
  });

  it('counts a dated text row such as a dividend line as unreadable, even in a short file', () => {
    const lines = yahooLines(5);
    lines.splice(3, 0, `${lines[3]!.slice(0, 10)},1.05 Dividend`);
    const result = parseLines(lines);
    expect(result.ok && result.stats).toMatchObject({
      barsKept: 5,
      droppedUnparseable: 1,
      droppedWrongFieldCount: 0,
    });
  });

  it('counts a footer note under the data as unreadable, not as a broken structure', () => {
    const lines = [...yahooLines(5), 'Alle Angaben ohne Gewähr'];
    const result = parseLines(lines);
    expect(result.ok && result.stats).toMatchObject({ barsKept: 5, droppedUnparseable: 1 });
  });
});
