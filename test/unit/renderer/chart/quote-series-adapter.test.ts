import { describe, expect, it } from 'vitest';
import {
  toImportedData,
  toLineData,
  toStatedPointData,
} from '../../../../renderer/chart/quote-series-adapter';
import type { QuoteBar } from '../../../../shared/model/quote';
import { makeSeedChartData } from '../../../fixtures/chart/seed-levels';

/** Ten years of weekday closes, shuffled and with a duplicated day, as an import might deliver them. */
function tenYearsShuffled(): QuoteBar[] {
  const bars: QuoteBar[] = [];
  const day = new Date(Date.UTC(2016, 0, 1));
  while (day.getUTCFullYear() < 2026) {
    if (day.getUTCDay() % 6 !== 0)
      bars.push({ time: day.toISOString().slice(0, 10), close: 80 + (bars.length % 97) });
    day.setUTCDate(day.getUTCDate() + 1);
  }
  bars.push({ ...bars[10]!, close: 1234 });
  return bars.reverse();
}

describe('quote series adapter', () => {
  it('turns ten years of unsorted closes into strictly increasing unique dates', () => {
    const data = toLineData(tenYearsShuffled());
    expect(data.length).toBeGreaterThan(2500);
    for (let index = 1; index < data.length; index += 1) {
      expect((data[index - 1]!.time as string) < (data[index]!.time as string)).toBe(true);
    }
  });

  it('draws only the closes articles state, on an axis with a point per day so spacing follows time', () => {
    const { levels } = makeSeedChartData();
    const usdQuotes = levels.filter((level) => level.kind === 'quote' && level.currency === 'USD');
    const data = toStatedPointData(usdQuotes, ['2025-03-05', '2025-12-14', '2026-01-03']);
    const index = (time: string) => data.findIndex((point) => point.time === time);
    expect(data.filter((point) => 'value' in point)).toEqual([{ time: '2026-01-02', value: 155.74 }]);
    // Ten months and nine days apart versus twenty days: the axis slots differ by the same ratio.
    expect(index('2025-12-14') - index('2025-03-05')).toBe(284);
    expect(index('2026-01-03') - index('2025-12-14')).toBe(20);
    // 305 days from the first to the last date, then 19 empty days (6 %) of room on the right.
    expect(data).toHaveLength(305 + 19);
  });

  it('adds article dates outside an imported history without inventing prices there', () => {
    const data = toImportedData([{ time: '2026-01-05', close: 160 }], ['2025-12-13']);
    expect(data).toEqual([{ time: '2025-12-13' }, { time: '2026-01-05', value: 160 }]);
  });
});
