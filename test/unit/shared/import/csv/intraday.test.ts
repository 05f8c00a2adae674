import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '../../../../../shared/import/csv';
import { mergeIntraday, timeOfDayKey } from '../../../../../shared/import/csv/intraday';

describe('intraday rows', () => {
  it('turns times of day into sortable keys', () => {
    expect(timeOfDayKey('2026-01-02 09:30:00-05:00')).toBe('09:30:00');
    expect(timeOfDayKey('02.01.2026 9:05')).toBe('09:05:00');
    expect(timeOfDayKey('2026-01-02')).toBe('');
  });

  it('merges a newest-first German export into daily bars with the last trade as close', () => {
    const text = [
      'Datum;Kurs;Stücke',
      '05.01.2026 17:30;132,51;300',
      '05.01.2026 09:00;133,10;100',
      '02.01.2026 17:35;133,89;250',
      '02.01.2026 12:00;131,00;150',
      '02.01.2026 08:00;126,38;100',
    ].join('\n');
    const result = parsePriceCsv(new TextEncoder().encode(text), 'AHLA-Tick.csv');
    expect(result.ok && result.bars).toStrictEqual([
      { time: '2026-01-02', high: 133.89, low: 126.38, close: 133.89, volume: 500 },
      { time: '2026-01-05', high: 133.1, low: 132.51, close: 132.51, volume: 400 },
    ]);
    expect(result.ok && result.stats).toMatchObject({ rowsRead: 5, barsKept: 2, mergedIntradayRows: 3 });
  });

  it('keeps the first row of a repeated timestamp and counts the repeat as a duplicate', () => {
    const bars = [
      { time: '2026-01-02', close: 10 },
      { time: '2026-01-02', close: 11 },
      { time: '2026-01-02', close: 99 },
    ];
    const merged = mergeIntraday(bars, ['09:30:00', '10:30:00', '09:30:00']);
    expect(merged).toEqual({
      bars: [{ time: '2026-01-02', close: 11, high: 11, low: 10 }],
      mergedRows: 1,
      droppedDuplicate: 1,
    });
  });
});

describe('intraday merge, for any order of rows', () => {
  it('gives each day its first open, last close, extreme high and low and summed volume', () => {
    const rowArbitrary = fc.record({
      day: fc.constantFrom('2026-01-02', '2026-01-05'),
      minute: fc.integer({ min: 0, max: 23 * 60 + 59 }),
      close: fc.integer({ min: 1, max: 100_000 }).map((cents) => cents / 100),
      volume: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArbitrary, { selector: (r) => `${r.day} ${r.minute}`, minLength: 1 }),
        (rows) => {
          const key = (minute: number) =>
            `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
          const merged = mergeIntraday(
            rows.map((r) => ({ time: r.day, close: r.close, open: r.close, volume: r.volume })),
            rows.map((r) => key(r.minute)),
          );
          for (const day of merged.bars) {
            const ofDay = rows.filter((r) => r.day === day.time).sort((a, b) => a.minute - b.minute);
            expect(day.open).toBe(ofDay[0]!.close);
            expect(day.close).toBe(ofDay[ofDay.length - 1]!.close);
            expect(day.high ?? day.close).toBe(Math.max(...ofDay.map((r) => r.close)));
            expect(day.low ?? day.close).toBe(Math.min(...ofDay.map((r) => r.close)));
            expect(day.volume).toBe(ofDay.reduce((sum, r) => sum + r.volume, 0));
          }
          expect(merged.bars.length + merged.mergedRows).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
