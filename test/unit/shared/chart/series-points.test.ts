import { describe, expect, it } from 'vitest';
import { isIsoDate, sortedUniquePoints, withWhitespaceDates } from '../../../../shared/chart/series-points';

describe('series points', () => {
  it('sorts by date and keeps the later of two points on one date', () => {
    const points = sortedUniquePoints([
      { time: '2026-01-05', value: 3 },
      { time: '2026-01-02', value: 1 },
      { time: '2026-01-05', value: 4 },
    ]);
    expect(points).toEqual([
      { time: '2026-01-02', value: 1 },
      { time: '2026-01-05', value: 4 },
    ]);
  });

  it('drops invalid dates and prices instead of passing them to the chart', () => {
    const points = sortedUniquePoints([
      { time: '2026-02-30', value: 1 },
      { time: '02.01.2026', value: 1 },
      { time: '2026-01-02', value: Number.NaN },
      { time: '2026-01-03', value: -5 },
      { time: '2026-01-04', value: 7 },
    ]);
    expect(points).toEqual([{ time: '2026-01-04', value: 7 }]);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });

  it('adds whitespace for article dates without a price, once each, in order', () => {
    const data = withWhitespaceDates(
      [{ time: '2026-01-02', value: 155.74 }],
      ['2026-01-03', '2025-03-05', '2026-01-02', '2026-01-03', 'kaputt'],
    );
    expect(data).toEqual([
      { time: '2025-03-05' },
      { time: '2026-01-02', value: 155.74 },
      { time: '2026-01-03' },
    ]);
  });
});
