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

  it('draws only the closes articles state, and reaches article dates with empty points', () => {
    const { levels } = makeSeedChartData();
    const usdQuotes = levels.filter((level) => level.kind === 'quote' && level.currency === 'USD');
    const data = toStatedPointData(usdQuotes, ['2025-03-05', '2026-01-03']);
    expect(data).toEqual([
      { time: '2025-03-05' },
      { time: '2026-01-02', value: 155.74 },
      { time: '2026-01-03' },
    ]);
  });

  it('adds article dates outside an imported history without inventing prices there', () => {
    const data = toImportedData([{ time: '2026-01-05', close: 160 }], ['2025-12-13']);
    expect(data).toEqual([{ time: '2025-12-13' }, { time: '2026-01-05', value: 160 }]);
  });
});
